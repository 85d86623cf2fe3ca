"""Document -> Mention[]: small pure parsers (dates, numbers, places, forces) and the rules extractor
(``forcewatch.extractor.mentions``)."""
