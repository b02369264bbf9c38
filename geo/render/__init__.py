"""What people look at: the interactive folium map, the static PNG, and the pieces both draw with (basemap,
symbology, popups, offline assets). Pure: it returns maps and HTML, `geo.io` writes them to files."""
