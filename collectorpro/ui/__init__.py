"""The PySide6 interface. Talks to services only; never opens a database session."""
