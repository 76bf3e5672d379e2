// Customers — the registry
//
// Customer registration and search, the watch list and customer SMS wording.
//
//   CustomerSMSText.swift   Texts sent to a customer's phone, written in the customer's preferred language from the
//                           string tables (both languages, Chinese first, when the stored preference is not one the
//                           branch speaks)
//   CustomerService.swift   What the customer panel shows
//   WatchListService.swift  Loads the compliance watch list from a CSV file, replacing the old one
