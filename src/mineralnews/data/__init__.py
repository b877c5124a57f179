"""Data files shipped with the package: the example article."""
