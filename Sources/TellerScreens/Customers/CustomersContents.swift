// Customers — finding and registering people
//
// Search, registration, the customer panel with accounts and actions, the customer's PIN.
//
//   CustomerFormScreen.swift    Registers a customer (a declared form)
//   CustomerLookup.swift        A customer typed into a complaint or care form
//   CustomerPanelScreen.swift   One customer at a glance
//   CustomersScreen.swift       Find a customer by name (Chinese or Latin, partial), ID number or phone
//   SetCustomerPINScreen.swift  The customer types a new 6-digit PIN twice on the counter keypad
