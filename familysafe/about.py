"""The one source of the app's identity: name, id and version."""

APP_NAME = "FamilySafe"
APP_ID = "org.familysafe.FamilySafe"
ORGANIZATION = "FamilySafe"
__version__ = "0.1.0"
