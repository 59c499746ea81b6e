"""wordml.py — small Word documents written by hand with Python's zipfile, as Word lays them out:
[Content_Types].xml, the package relationships, word/document.xml and, when given, numbering.xml,
styles.xml and footnotes.xml with the document's relationships to them. Used by docx_check.py and
to make the fuzz seeds (fuzz/seeds-docx)."""
import zipfile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = ('xmlns:w="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml"' % W)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run(text, extra=""):
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (extra, esc(text))


def para(text="", num=None, style=None, inner=""):
    """A paragraph; num=(numId, ilvl) numbers it, style names its paragraph style."""
    ppr = ""
    if style:
        ppr += '<w:pStyle w:val="%s"/>' % style
    if num:
        ppr += '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (num[1], num[0])
    return "<w:p>%s%s%s</w:p>" % ("<w:pPr>%s</w:pPr>" % ppr if ppr else "", run(text) if text else "", inner)


def cell(text, span=1, vmerge=None, inner=None):
    pr = ""
    if span > 1:
        pr += '<w:gridSpan w:val="%d"/>' % span
    if vmerge == "restart":
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge:
        pr += "<w:vMerge/>"
    return "<w:tc>%s%s</w:tc>" % ("<w:tcPr>%s</w:tcPr>" % pr if pr else "", inner if inner is not None else para(text))


def table(rows, cols):
    grid = "".join('<w:gridCol w:w="1000"/>' for _ in range(cols))
    return "<w:tbl><w:tblPr/><w:tblGrid>%s</w:tblGrid>%s</w:tbl>" % (grid, "".join("<w:tr>%s</w:tr>" % r for r in rows))


def level(ilvl, fmt, text, start=1, restart=None, pstyle=None):
    extra = '<w:lvlRestart w:val="%d"/>' % restart if restart is not None else ""
    extra += '<w:pStyle w:val="%s"/>' % pstyle if pstyle else ""
    return ('<w:lvl w:ilvl="%d"><w:start w:val="%d"/><w:numFmt w:val="%s"/>%s<w:lvlText w:val="%s"/></w:lvl>'
            % (ilvl, start, fmt, extra, esc(text)))


def numbering(abstracts, nums):
    """abstracts: {id: [level xml]}; nums: {numId: (abstractId, {ilvl: startOverride})}."""
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering %s>' % NS]
    for aid, levels in abstracts.items():
        out.append('<w:abstractNum w:abstractNumId="%d">%s</w:abstractNum>' % (aid, "".join(levels)))
    for nid, (aid, overrides) in nums.items():
        ov = "".join('<w:lvlOverride w:ilvl="%d"><w:startOverride w:val="%d"/></w:lvlOverride>' % (l, s)
                     for l, s in overrides.items())
        out.append('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/>%s</w:num>' % (nid, aid, ov))
    out.append("</w:numbering>")
    return "".join(out)


def styles(defs):
    """defs: [(styleId, basedOn or None, (numId, ilvl) or None)]."""
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles %s>' % NS]
    for sid, based, num in defs:
        b = '<w:basedOn w:val="%s"/>' % based if based else ""
        n = ""
        if num:
            n = '<w:pPr><w:numPr>%s<w:numId w:val="%d"/></w:numPr></w:pPr>' % (
                '<w:ilvl w:val="%d"/>' % num[1] if num[1] is not None else "", num[0])
        out.append('<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/>%s%s</w:style>' % (sid, sid, b, n))
    out.append("</w:styles>")
    return "".join(out)


def document(body, head='<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'):
    return '%s<w:document %s><w:body>%s<w:sectPr/></w:body></w:document>' % (head, NS, body)


def docx(path, document_xml, numbering_xml=None, styles_xml=None, footnotes_xml=None, stored=False, extra=None,
         rels_extra=None):
    """Writes the package; stored=True keeps the parts uncompressed (fuzz seeds: the XML stays
    visible to mutations). rels_extra: (id, kind, target) relationships of the main part more (an
    altChunk's: ("rIdC1", "aFChunk", "chunk1.docx"), its part given in extra)."""
    parts = {"word/document.xml": document_xml}
    rels = []
    for name, xml, kind in (("numbering.xml", numbering_xml, "numbering"), ("styles.xml", styles_xml, "styles"),
                            ("footnotes.xml", footnotes_xml, "footnotes")):
        if xml is not None:
            parts["word/" + name] = xml
            rels.append('<Relationship Id="rId%d" Type="%s%s" Target="%s"/>' % (len(rels) + 1, REL, kind, name))
    ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
          'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships'
          '+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    pkg_rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                'package/2006/relationships"><Relationship Id="rId1" Type="%sofficeDocument" '
                'Target="word/document.xml"/></Relationships>' % REL)
    for rid, kind, target in rels_extra or ():
        rels.append('<Relationship Id="%s" Type="%s%s" Target="%s"/>' % (rid, REL, kind, target))
    doc_rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                'package/2006/relationships">%s</Relationships>' % "".join(rels))
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(path, "w", method) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", pkg_rels)
        z.writestr("word/_rels/document.xml.rels", doc_rels)
        for name, xml in parts.items():
            z.writestr(name, xml)
        for name, data in (extra or {}).items():
            z.writestr(name, data)


def ole2(streams):
    """A minimal OLE2 compound file (512-byte sectors) holding the named streams, each in regular
    sectors: enough for a reader of the directory (encrypted packages, a .doc's WordDocument)."""
    import struct
    data_sectors, chains, starts = [], [], []
    for _, data in streams:
        data = data + b"\0" * (-len(data) % 512 or 0)
        k = max(1, len(data) // 512)
        starts.append(2 + len(data_sectors))
        for i in range(k):
            data_sectors.append(data[i * 512:(i + 1) * 512].ljust(512, b"\0"))
        chains.append(k)
    fat = [0xFFFFFFFD, 0xFFFFFFFE]  # sector 0: the FAT, sector 1: the directory
    for s, k in zip(starts, chains):
        fat += [s + i + 1 for i in range(k - 1)] + [0xFFFFFFFE]
    fat += [0xFFFFFFFF] * (128 - len(fat))

    def entry(name, typ, start, size, child=0xFFFFFFFF, right=0xFFFFFFFF):
        n = name.encode("utf-16-le") + b"\0\0"
        return (n.ljust(64, b"\0") + struct.pack("<HBB", len(n), typ, 1) +
                struct.pack("<III", 0xFFFFFFFF, right, child) + b"\0" * 36 + struct.pack("<IIH", start, size, 0) +
                b"\0" * 2)

    d = entry("Root Entry", 5, 0xFFFFFFFE, 0, child=1)
    for i, ((name, data), s) in enumerate(zip(streams, starts)):
        d += entry(name, 2, s, len(data), right=(i + 2) if i + 1 < len(streams) else 0xFFFFFFFF)
    d = d.ljust(512, b"\0")
    hdr = (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 16 + struct.pack("<HHHH", 0x3E, 3, 0xFFFE, 9) +
           struct.pack("<H", 6) + b"\0" * 6 + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, 0xFFFFFFFE, 0,
                                                         0xFFFFFFFE, 0))
    hdr += struct.pack("<I", 0) + b"\xff" * (4 * 108)
    return hdr + struct.pack("<128I", *fat) + d + b"".join(data_sectors)
