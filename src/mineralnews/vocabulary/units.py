"""Units that count or measure goods: ``tonnes``, ``oz``, ``barrels``, ``trucks``.

A figure before one of these is a quantity: it is never a year (``2000
tonnes``), and a figure moved to it is no price (``fell 0.3% to 870.5
tonnes``). To teach mineralnews a unit, add it here once; the date and
move grammars read it from this table. Words are matched in any case and
as whole words.
"""

from __future__ import annotations

__all__ = ["QUANTITY_UNITS"]

#: Units of weight, volume, energy and power, and goods counted one by one.
QUANTITY_UNITS: frozenset[str] = frozenset(
    {
        "barrels",
        "bbl",
        "bcf",
        "bpd",
        "carats",
        "cars",
        "customers",
        "dmt",
        "employees",
        "gallons",
        "grams",
        "gw",
        "gwh",
        "homes",
        "kg",
        "kilograms",
        "koz",
        "kt",
        "lb",
        "lbs",
        "liters",
        "litres",
        "megawatts",
        "meters",
        "metres",
        "mlb",
        "moz",
        "mt",
        "mtpa",
        "mw",
        "mwh",
        "ounce",
        "ounces",
        "oz",
        "passengers",
        "pounds",
        "subscribers",
        "t",
        "ton",
        "tonne",
        "tonnes",
        "tons",
        "trucks",
        "twh",
        "units",
        "vehicles",
        "wells",
        "wmt",
    }
)
