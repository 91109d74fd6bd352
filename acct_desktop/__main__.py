from acct_desktop.cli import main

raise SystemExit(main())
