# String escapes: quotes, backslash, control characters, non-ASCII as \uXXXX (surrogate pairs beyond the BMP).
import json

for s in ['"', "\\", "/", "\n\r\t\b\f", "\x00\x01\x1f\x7f", "caf\u00e9", "\u20ac", "\U0001F600", "a\u0394b\U00010348c",
          "tab\there", "\u0080\u07ff\u0800\uffff"]:
    print(json.dumps(s))
print(json.dumps({"\u00e9": "\n"}))
