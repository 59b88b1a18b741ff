namespace gc { void widgetsLinkAnchor() {} }
