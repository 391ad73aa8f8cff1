"""The Qt window. Only this package imports PySide6 widgets."""
