"""Berdaya: offline-first registry and program tracker for vulnerable groups in Kecamatan Alak."""

__version__ = "0.1.0"
APP_NAME = "Berdaya"
