from tools.build_basemap.build import main

raise SystemExit(main())
