// chars.rei — what every line scanner of a report shares (!include): the re2c settings they are
// written for, and the character classes: numerals, brackets, the blanks of nb_blank_at (utf8.h),
// colons, dashes, sentence ends, line ends. Both widths of the punctuation are in them.
re2c:define:YYCTYPE = "unsigned char";
re2c:yyfill:enable = 0;
re2c:eof = 0;
re2c:flags:utf-8 = 1;

cn     = [一二三四五六七八九十〇零];
ad     = [0-9０-９];
y1     = [12１２];       // a year's first digit
lp     = "（" | "(";
rp     = "）" | ")";
bl     = [ \t\f\v\u3000\u00a0\u2000-\u200b\ufeff]; // the blanks of nb_blank_at (utf8.h)
colon  = "：" | ":";
dash   = "-" | "－" | "—" | "–";
send   = "。" | "！" | "？" | "；" | "!" | "?" | ";";
eol    = "\r\n" | "\n" | "\r";
