"""Widgets the screens are built from. A widget never imports a screen: it posts a message
or takes a callback, and the screen decides."""
