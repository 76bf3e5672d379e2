// Forms — what every form screen shares
//
// Form keys, step forms, field labels, long field messages, the unsaved-work guard and shared labels.
//
//   FormLabels.swift        Sets a form's labels and hints from the string table, so it follows a language switch
//   FormScreen.swift        The one driver for declared forms (`FormSpec`)
//   FormScreenKeys.swift    The keys every form shares
//   FormSpec.swift          One field of a form declared as data
//   Labels.swift            Translated names for domain codes
//   LongFieldMessage.swift  A field's message that does not fit beside its form is shown whole on the message line
//                           (two rows) as well, so "The date of birth does not match…" never loses its useful half
//   OperatorMentions.swift  Stored details name operators by their number ("approved by operator 4")
//   StepFormScreen.swift    A small form for one step of handling a complaint or a care task (a note, a reason, a
//                           satisfaction score, a handler to give it to)
//   UnsavedWork.swift       Finds typed work a screen would lose if it were left now
