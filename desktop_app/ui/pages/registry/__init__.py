"""Penduduk & Keluarga: the registry screens (people and households lists, forms, profile,
recycle bin, duplicates review)."""
