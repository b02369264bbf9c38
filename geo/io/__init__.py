"""Files in and out: articles read from inputs, reports written as GeoJSON, GeoPackage, CSV, HTML or PNG."""
