# \N{...} escapes: names without case, aliases, algorithmic names as written.
print(ascii('\N{GREEK SMALL LETTER ALPHA}\N{greek small letter beta}\N{LF}\N{BOM}\N{HANGUL SYLLABLE GAG}'))
print(ascii('\N{CJK UNIFIED IDEOGRAPH-4E00} \N{VS17} \N{LATIN CAPITAL LETTER GHA}'))
print(len('\N{SPACE}\N{NO-BREAK SPACE}'), '\N{DIGIT ONE}\N{DIGIT TWO}')
