"""strikemap's article-to-map pipeline: text, mentions, resolution, reports, frames, maps and exports."""
