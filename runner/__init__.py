"""netmatrix: what does this network error actually mean?"""

from __future__ import annotations

__version__ = "0.1.0"
