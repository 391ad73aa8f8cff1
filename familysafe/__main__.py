from familysafe.cli import main

raise SystemExit(main())
