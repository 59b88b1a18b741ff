namespace gc { void uiLinkAnchor() {} }
