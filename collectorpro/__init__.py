"""CollectorPro: a collections workbench for small medical and utility offices."""

__version__ = "0.1.0"
APP_NAME = "CollectorPro"
APP_AUTHOR = "CollectorPro"
