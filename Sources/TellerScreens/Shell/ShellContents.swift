// Shell — the application around the desks
//
// The key loop, the session, sign-in, lock, the main menu and go-to list, the chrome (title, status, message,
// footer) and first-run setup.
//
//   ChangeWatch.swift               The one way a screen decides when to re-read what it shows
//   Chrome.swift                    The lines around every screen
//   Destinations.swift              One desk the main menu and the go-to list (Ctrl-G) reach
//   GlobalKeys.swift                The keys that work on every screen
//   KeyedScreen.swift               A screen whose keys are a typed table
//   LockPanel.swift                 Covers the screen while the terminal is locked
//   LoginScreen.swift               Sign-in
//   MainMenuScreen.swift            The operator's home
//   Screen.swift                    Where to go after a key press
//   Session.swift                   What every screen shares while the program runs
//   SetupScreen.swift               First-run setup of a real branch
//   WorkstationApp+Keys.swift       Where a key goes
//   WorkstationApp+Leaving.swift    Leaving a screen that holds typed work asks first, in one place for every form
//   WorkstationApp+Session.swift    One operator, one terminal (issue 13)
//   WorkstationApp+StoreWait.swift  A write that waits for another terminal's lock on the branch file must not
//                                   freeze the terminal silently
//   WorkstationApp.swift            The workstation's main loop
