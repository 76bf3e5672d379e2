import BankCore
import Localization

/// The words for KPI figures and breakdown keys, shared by `teller report`
/// and the dashboard so both name things the same way.
public enum KPILabels {
    /// The full name of a figure.
    public static func name(_ figure: KPIFigure, _ s: Strings) -> String {
        switch figure {
        case .ticketsIssued: return s(.kpiTicketsIssued)
        case .ticketsServed: return s(.kpiTicketsServed)
        case .averageWait: return s(.kpiAverageWait)
        case .p90Wait: return s(.kpiP90Wait)
        case .averageHandling: return s(.kpiAverageHandling)
        case .noShowRate: return s(.kpiNoShowRate)
        case .satisfactionAverage: return s(.kpiSatisfactionAverage)
        case .satisfactionResponses: return s(.kpiSatisfactionResponses)
        case .operations: return s(.kpiOperations)
        case .reversals: return s(.kpiReversals)
        case .refusals: return s(.kpiRefusals)
        case .drawerVariances: return s(.kpiDrawerVariances)
        case .errors: return s(.kpiErrors)
        case .errorRate: return s(.kpiErrorRate)
        case .complaintsReceived: return s(.kpiComplaintsReceived)
        case .complaintsPerThousand: return s(.kpiComplaintsPerThousand)
        case .resolutionRate: return s(.kpiResolutionRate)
        case .onTimeRate: return s(.kpiOnTimeRate)
        }
    }

    /// A column heading for a breakdown figure (a few cells wide).
    public static func short(_ figure: KPIFigure, _ s: Strings) -> String {
        switch figure {
        case .ticketsServed: return s(.kpiShortServed)
        case .averageWait: return s(.kpiShortWait)
        case .p90Wait: return s(.kpiShortP90)
        case .averageHandling: return s(.kpiShortHandling)
        case .noShowRate: return s(.kpiShortNoShow)
        case .satisfactionAverage: return s(.kpiShortSatisfaction)
        case .operations: return s(.kpiShortOperations)
        case .errorRate: return s(.kpiShortErrorRate)
        case .complaintsReceived: return s(.kpiShortComplaints)
        case .complaintsPerThousand: return s(.kpiShortPerThousand)
        case .resolutionRate: return s(.kpiShortResolved)
        case .onTimeRate: return s(.kpiShortOnTime)
        default: return name(figure, s)
        }
    }

    /// A breakdown key as people read it: the business type's name ("not linked" for complaints
    /// without a visit), the counter number, the username, or "(none)".
    public static func key(_ key: String, dimension: KPIDimension, _ s: Strings) -> String {
        guard !key.isEmpty else { return s(dimension == .businessType ? .kpiUnlinked : .kpiNone) }
        guard dimension == .businessType, let type = BusinessType(rawValue: key) else { return key }
        switch type {
        case .cash: return s(.typeCash)
        case .accounts: return s(.typeAccounts)
        case .loans: return s(.typeLoans)
        case .wealth: return s(.typeWealth)
        case .complaints: return s(.typeComplaints)
        }
    }

    /// A point of the series by its bucket: the day (a week by its first day), the month
    /// (2026-11, 2026年11月) or the year.
    public static func bucketLabel(_ bucket: KPIPeriod, _ size: KPIBucketSize, _ s: Strings) -> String {
        let first = bucket.firstDate
        switch size {
        case .day, .week: return first.description
        case .month: return s(.kpiMonthLabel, String(first.year), String(format: "%02d", first.month))
        case .year: return s(.kpiYearLabel, String(first.year))
        }
    }

    /// "day", "week"… for the series heading.
    public static func bucket(_ size: KPIBucketSize, _ s: Strings) -> String {
        switch size {
        case .day: return s(.kpiBucketDay)
        case .week: return s(.kpiBucketWeek)
        case .month: return s(.kpiBucketMonth)
        case .year: return s(.kpiBucketYear)
        }
    }
}
