"""The extraction stage: toponym mentions, their places, and the claims that join place, action, claimant, attacker
and date into StrikeReports. `geo.extract.pipeline.extract_text` runs it on one article."""
