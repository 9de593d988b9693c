"""Tietosuoja Desktop: a GDPR customer register for Finnish sole traders and micro businesses."""

__version__ = "0.1.0"
APP_NAME = "Tietosuoja Desktop"
APP_ID = "fi.tietosuoja.desktop"
