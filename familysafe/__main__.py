from familysafe.main import main

raise SystemExit(main())
