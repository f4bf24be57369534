"""Ray Data engine (the optional ``ray`` extra): the same extraction over a cluster.

``import summitparse.ray`` never imports Ray; the functions import it when called and say how
to install it when it is missing.
"""

from summitparse.ray.engine import (
    ERROR_MESSAGE_COLUMN,
    ERROR_TYPE_COLUMN,
    EXTRACTION_COLUMN,
    INSTALL_HINT,
    extract_dataset,
    require_ray,
    row_result,
    run_ray_engine,
)

__all__ = [
    "ERROR_MESSAGE_COLUMN",
    "ERROR_TYPE_COLUMN",
    "EXTRACTION_COLUMN",
    "INSTALL_HINT",
    "extract_dataset",
    "require_ray",
    "row_result",
    "run_ray_engine",
]
