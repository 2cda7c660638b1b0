"""The Qt Widgets user interface. Only this package imports PySide6; it calls services only."""
