"""A .docx written as OOXML by hand (zipfile and XML strings; no python-docx), for the Word blind set
(make_pages_blind8.py): the parts Word 2016+ and WPS Office write ([Content_Types].xml, _rels,
word/document.xml, styles.xml, numbering.xml, settings.xml, fontTable.xml, header and footer, docProps),
paragraphs and runs as those editors split them, tables with w:tblGrid, w:gridSpan, w:vMerge and
w:textDirection. An Office describes what differs between the editors; the documents choose the rest."""
import itertools
import zipfile
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

NS_WORD = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
           'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           'xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
           'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
           'xmlns:v="urn:schemas-microsoft-com:vml" '
           'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
           'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
           'xmlns:w10="urn:schemas-microsoft-com:office:word" '
           'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
           'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
           'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
           'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
           'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
           'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ')
NS_WPS = NS_WORD + 'xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData" '
IGNORABLE = 'mc:Ignorable="w14 w15 wp14"'
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml'


@dataclass
class Office:
    """What an editor writes its own way: its name in docProps/app.xml, its root namespaces, the
    ids it puts on paragraphs and runs (Word's rsids; WPS's w14:paraId without rsids), its fonts."""
    app: str = 'Microsoft Office Word'
    version: str = '16.0000'
    ns: str = NS_WORD
    rsids: bool = True
    para_ids: bool = True
    font: str = '仿宋_GB2312'
    heading_font: str = '黑体'
    compat: int = 15
    seed: int = 1
    counter: itertools.count = field(default_factory=lambda: itertools.count(1))

    def rsid(self, salt=0):
        """One of the few revision-session ids of a document (Word writes 8 hex digits)."""
        return '00' + format((self.seed * 7919 + salt * 104729) % 0xFFFFFF, '06X')

    def para_attrs(self):
        n = next(self.counter)
        a = ''
        if self.para_ids:
            a += f' w14:paraId="{(self.seed * 2654435761 + n * 40503) % 0x7FFFFFFF:08X}" w14:textId="77777777"'
        if self.rsids:
            a += f' w:rsidR="{self.rsid(n % 3)}" w:rsidRDefault="{self.rsid(0)}"'
        return a

    def run_attrs(self, salt):
        return f' w:rsidR="{self.rsid(salt)}"' if self.rsids else ''


def rpr(bold=False, size=None, font=None):
    out = ''
    if font:
        out += f'<w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}" w:hint="eastAsia"/>'
    if bold:
        out += '<w:b/><w:bCs/>'
    if size:
        out += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    return f'<w:rPr>{out}</w:rPr>' if out else ''


def run(text, props='', attrs=''):
    return f'<w:r{attrs}>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def split_runs(office, text, props=''):
    """text as Word leaves it after editing: a number of two digits or more in two runs of two
    sessions (<w:r><w:t>1</w:t></w:r><w:r><w:t>28</w:t></w:r>), the words around it in runs of their own."""
    out, word = [], ''
    for is_digit, chars in itertools.groupby(text, str.isdigit):
        chars = ''.join(chars)
        if is_digit and len(chars) > 1:
            if word:
                out.append(run(word, props, office.run_attrs(1)))
                word = ''
            out.append(run(chars[:1], props, office.run_attrs(2)))
            out.append(run(chars[1:], props, office.run_attrs(3)))
        else:
            word += chars
    if word:
        out.append(run(word, props, office.run_attrs(1)))
    return ''.join(out)


def go_back(before, after, props=''):
    """Text with the bookmark Word 2007–2013 leaves where its user last edited (_GoBack, for Shift+F5),
    between two runs: inside a number when a clerk last corrected that number."""
    return (run(before, props) + '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>' +
            run(after, props))


def content_control(text, tag, sdt_id, props='', prompt=None):
    """A plain-text content control (w:sdt) of a form-like template, around the runs of what its user
    typed; prompt: a control left untouched shows its placeholder text (w:showingPlcHdr) instead."""
    shown, ph = (prompt, '<w:showingPlcHdr/>') if prompt else (text, '')
    props_run = props.replace('<w:rPr>', '<w:rPr><w:rStyle w:val="a8"/>') if prompt and props else props
    return (f'<w:sdt><w:sdtPr>{props}<w:alias w:val="{escape(tag)}"/><w:tag w:val="{escape(tag)}"/>'
            f'<w:id w:val="{sdt_id}"/>{ph}<w:text/></w:sdtPr><w:sdtContent>{run(shown, props_run)}'
            '</w:sdtContent></w:sdt>')


def para(office, inner, ppr=''):
    return f'<w:p{office.para_attrs()}>{f"<w:pPr>{ppr}</w:pPr>" if ppr else ""}{inner}</w:p>'


def page_break(office):
    return para(office, '<w:r><w:br w:type="page"/></w:r>')


def complex_field(instr, shown, props=""):
    """A complex field (PAGE, NUMPAGES, HYPERLINK …) with its last computed result."""
    return (f'<w:r>{props}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{props}<w:instrText xml:space="preserve"> {escape(instr)} </w:instrText></w:r>'
            f'<w:r>{props}<w:fldChar w:fldCharType="separate"/></w:r>'
            f'{run(shown, props)}<w:r>{props}<w:fldChar w:fldCharType="end"/></w:r>')


# ---------------------------------------------------------------- tables
@dataclass
class Cell:
    """A table cell as make_pages_blind2's table builders describe it (text, spans, pieces: its
    paragraphs); cont: a cell a vertical merge above covers (w:vMerge without restart)."""
    text: str
    cs: int = 1
    rs: int = 1
    head: bool = False
    num: bool = False
    pieces: list = None
    cont: bool = False
    vertical: str = None  # w:textDirection: tbRlV (characters upright, top to bottom), btLr
    xml: str = None  # the cell's runs as written (tracked changes), else made from text
    indent: int = 0  # the paragraph's left indentation (a 统计表 row's depth)
    jc: str = None  # the paragraphs' alignment when not the usual (distribute: 分散对齐, spaced to the width)


@dataclass
class Table:
    kind: str
    rows: list  # rows of Cells, the covered cells of a vertical merge included
    widths: list  # the grid's columns in twentieths of a point
    header_rows: int = 0  # rows marked w:tblHeader (repeated on each page)
    floating: bool = False  # a table its author dragged: positioned (w:tblpPr), text wrapping around it


def lay_out(rows):
    """Rows of Cells with rowspans into rows whose covered places hold a continuing Cell."""
    out, below = [], {}
    for r, row in enumerate(rows):
        line, c, cells = [], 0, list(row)
        while cells or (r, c) in below:
            if (r, c) in below:
                origin = below.pop((r, c))
                line.append(Cell('', origin.cs, cont=True, vertical=origin.vertical))
                c += origin.cs
                continue
            cell = cells.pop(0)
            for d in range(1, cell.rs):
                below[(r + d, c)] = cell
            line.append(cell)
            c += cell.cs
        out.append(line)
    return out


def cell_xml(office, cell, width, split):
    pr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if cell.cs > 1:
        pr += f'<w:gridSpan w:val="{cell.cs}"/>'
    if cell.cont:
        pr += '<w:vMerge/>'
    elif cell.rs > 1:
        pr += '<w:vMerge w:val="restart"/>'
    if cell.vertical:
        pr += f'<w:textDirection w:val="{cell.vertical}"/>'
    pr += '<w:vAlign w:val="center"/>'
    align = f'<w:jc w:val="{cell.jc or ("center" if cell.head or cell.num or cell.rs > 1 else "left")}"/>'
    ppr = ('<w:spacing w:line="300" w:lineRule="exact"/>' + (f'<w:ind w:left="{cell.indent}"/>' if cell.indent else '')
           + align)
    if cell.cont:
        paras = [para(office, '', ppr)]
    elif cell.xml is not None:
        paras = [para(office, cell.xml, ppr)]
    else:
        b = rpr(bold=cell.head, size=21)
        paras = [para(office, (split(office, t, b) if split else run(t, b)) if t else '', ppr)
                 for t in (cell.pieces or [cell.text])]
    return f'<w:tc><w:tcPr>{pr}</w:tcPr>{"".join(paras)}</w:tc>'


BORDERS = ''.join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                  for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))


def table_xml(office, table, split=None):
    grid = ''.join(f'<w:gridCol w:w="{w}"/>' for w in table.widths)
    rows = []
    for i, row in enumerate(table.rows):
        trpr = ('<w:tblHeader/>' if i < table.header_rows else '') + '<w:trHeight w:val="397"/><w:jc w:val="center"/>'
        cells, c = [], 0
        for cell in row:
            width = sum(table.widths[c:c + cell.cs])
            cells.append(cell_xml(office, cell, width, split))
            c += cell.cs
        attrs = f' w:rsidR="{office.rsid(i % 2 + 4)}" w:rsidTr="{office.rsid(4)}"' if office.rsids else ''
        rows.append(f'<w:tr{attrs}><w:trPr>{trpr}</w:trPr>{"".join(cells)}</w:tr>')
    place = ('<w:tblpPr w:leftFromText="180" w:rightFromText="180" w:vertAnchor="text" w:horzAnchor="margin" '
             'w:tblpXSpec="center" w:tblpY="156"/><w:tblOverlap w:val="never"/>' if table.floating else '')
    return (f'<w:tbl><w:tblPr>{place}<w:tblW w:w="{sum(table.widths)}" w:type="dxa"/><w:jc w:val="center"/>'
            f'<w:tblBorders>{BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/>'
            '<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>'
            '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
            f'w:noHBand="0" w:noVBand="0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>')


# ---------------------------------------------------------------- the package
NUMBERING_LEVELS = (('chineseCounting', '%1、', 0), ('chineseCounting', '（%2）', 420), ('decimal', '%3.', 840))


def numbering_xml(office):
    """One multilevel list: 一、 （一） 1. (Word's 'chineseCounting'), for the headings it numbers."""
    lvls = ''.join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                   f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                   f'<w:pPr><w:ind w:left="{ind}" w:firstLine="640"/></w:pPr><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr></w:lvl>'
                   for i, (fmt, text, ind) in enumerate(NUMBERING_LEVELS))
    return (DECL + f'<w:numbering {office.ns}{IGNORABLE}>'
            f'<w:abstractNum w:abstractNumId="0"><w:nsid w:val="{office.rsid(9)[2:]}A1"/>'
            f'<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="5E3A1C2B"/>{lvls}</w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')


def styles_xml(office, heading_num=False, controls=False):
    """Normal, the headings (numbered by the list when heading_num: a list linked to the heading
    styles, as Word's multilevel lists are), title, header, footer, hyperlink, the table grid."""
    num = lambda lvl: (f'<w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="1"/></w:numPr>' if heading_num else '')
    f, hf = office.font, office.heading_font
    return (DECL + f'<w:styles {office.ns}{IGNORABLE}>'
            '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="宋体" '
            'w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="21"/>'
            '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
            '<w:pPrDefault/></w:docDefaults>'
            '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/>'
            f'<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr><w:rPr><w:rFonts w:eastAsia="{f}"/>'
            '<w:sz w:val="32"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>'
            f'<w:next w:val="a"/><w:qFormat/><w:pPr><w:keepNext/>{num(0)}<w:outlineLvl w:val="0"/></w:pPr>'
            f'<w:rPr><w:rFonts w:eastAsia="{hf}"/><w:kern w:val="44"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/>'
            f'<w:next w:val="a"/><w:qFormat/><w:pPr><w:keepNext/>{num(1)}<w:outlineLvl w:val="1"/></w:pPr>'
            '<w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/><w:basedOn w:val="a"/>'
            '<w:qFormat/><w:pPr><w:spacing w:before="240" w:after="240"/><w:jc w:val="center"/></w:pPr>'
            '<w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="a4"><w:name w:val="header"/><w:basedOn w:val="a"/>'
            '<w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>'
            '<w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="footer"/><w:basedOn w:val="a"/>'
            '<w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
            '<w:style w:type="character" w:styleId="a6"><w:name w:val="Hyperlink"/>'
            '<w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>'
            + ('<w:style w:type="character" w:styleId="a8"><w:name w:val="Placeholder Text"/>'
               '<w:semiHidden/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>' if controls else '') +
            '<w:style w:type="table" w:default="1" w:styleId="a7"><w:name w:val="Normal Table"/>'
            '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
            '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
            '</w:tblCellMar></w:tblPr></w:style></w:styles>')


def settings_xml(office, track=False):
    rsids = ''.join(f'<w:rsid w:val="{office.rsid(i)}"/>' for i in range(10))
    return (DECL + f'<w:settings {office.ns}{IGNORABLE}><w:zoom w:percent="100"/>'
            # changes kept but not shown (the view 'No Markup' saved with the document): how revisions
            # survive into published files, their author never seeing them
            + ('<w:revisionView w:markup="0" w:insDel="0"/><w:trackRevisions/>' if track else '') +
            '<w:bordersDoNotSurroundHeader/><w:bordersDoNotSurroundFooter/><w:defaultTabStop w:val="420"/>'
            '<w:drawingGridVerticalSpacing w:val="156"/><w:characterSpacingControl w:val="compressPunctuation"/>'
            f'<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/>'
            f'<w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/>'
            f'<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
            f'w:val="{office.compat}"/></w:compat>'
            + (f'<w:rsids><w:rsidRoot w:val="{office.rsid(0)}"/>{rsids}</w:rsids>' if office.rsids else '') +
            '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/><w:decimalSymbol w:val="."/>'
            '<w:listSeparator w:val=","/></w:settings>')


def font_table_xml(office):
    fonts = ''.join(f'<w:font w:name="{n}"><w:charset w:val="{cs}"/><w:family w:val="{fam}"/>'
                    f'<w:pitch w:val="variable"/></w:font>'
                    for n, cs, fam in (('Times New Roman', '00', 'roman'), ('宋体', '86', 'auto'),
                                       ('仿宋_GB2312', '86', 'modern'), ('黑体', '86', 'modern'),
                                       ('楷体_GB2312', '86', 'modern'), ('方正小标宋简体', '86', 'script')))
    return DECL + f'<w:fonts {office.ns}{IGNORABLE}>{fonts}</w:fonts>'


def part_xml(office, tag, paras):
    return DECL + f'<w:{tag} {office.ns}{IGNORABLE}>{"".join(paras)}</w:{tag}>'


@dataclass
class Document:
    """A document's parts: body (paragraph and table XML), header and footer paragraphs, core properties."""
    office: Office
    title: str
    author: str
    created: str  # 2023-01-16T08:12:00Z
    modified: str
    body: list = field(default_factory=list)
    header: list = None
    footer: list = None
    numbering: bool = False
    heading_num: bool = False
    track: bool = False
    custom: str = None  # WPS's docProps/custom.xml
    controls: bool = False  # content controls: the Placeholder Text style their prompts are shown in

    def sect(self, landscape=False):
        """A section's properties (the last section's at the end of the body; an earlier one's in the
        paragraph that ends it, see section_break): A4 with the 公文 margins, upright or landscape."""
        refs = ((f'<w:headerReference w:type="default" r:id="rIdHeader"/>' if self.header else '') +
                (f'<w:footerReference w:type="default" r:id="rIdFooter"/>' if self.footer else ''))
        page = ('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1588" w:right="2098" '
                'w:bottom="1474" w:left="1984" w:header="851" w:footer="992" w:gutter="0"/>' if landscape else
                '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" '
                'w:bottom="1984" w:left="1588" w:header="851" w:footer="1247" w:gutter="0"/>')
        return (f'<w:sectPr>{refs}{page}'
                '<w:pgNumType w:fmt="decimal"/><w:cols w:space="425"/>'
                '<w:docGrid w:type="lines" w:linePitch="312"/></w:sectPr>')

    def section_break(self, landscape=False):
        """The empty paragraph that ends a section (next page), carrying that section's properties."""
        return para(self.office, '', self.sect(landscape))

    def write(self, path):
        o = self.office
        rels = [('rIdStyles', 'styles', 'styles.xml'), ('rIdSettings', 'settings', 'settings.xml'),
                ('rIdFonts', 'fontTable', 'fontTable.xml'), ('rIdWeb', 'webSettings', 'webSettings.xml')]
        if self.numbering or self.heading_num:
            rels.append(('rIdNumbering', 'numbering', 'numbering.xml'))
        if self.header:
            rels.append(('rIdHeader', 'header', 'header1.xml'))
        if self.footer:
            rels.append(('rIdFooter', 'footer', 'footer1.xml'))
        doc_rels = ''.join(f'<Relationship Id="{i}" Type="{REL}/{t}" Target="{f}"/>' for i, t, f in rels)
        over = [('/word/document.xml', f'{CT}.document.main+xml'), ('/word/styles.xml', f'{CT}.styles+xml'),
                ('/word/settings.xml', f'{CT}.settings+xml'), ('/word/fontTable.xml', f'{CT}.fontTable+xml'),
                ('/word/webSettings.xml', f'{CT}.webSettings+xml'),
                ('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'),
                ('/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml')]
        parts = {'word/document.xml': DECL + f'<w:document {o.ns}{IGNORABLE}><w:body>{"".join(self.body)}'
                                             f'{self.sect()}</w:body></w:document>',
                 'word/styles.xml': styles_xml(o, self.heading_num, self.controls),
                 'word/settings.xml': settings_xml(o, self.track),
                 'word/fontTable.xml': font_table_xml(o),
                 'word/webSettings.xml': DECL + f'<w:webSettings {o.ns}{IGNORABLE}><w:optimizeForBrowser/>'
                                                '<w:allowPNG/></w:webSettings>'}
        if self.numbering or self.heading_num:
            parts['word/numbering.xml'] = numbering_xml(o)
            over.append(('/word/numbering.xml', f'{CT}.numbering+xml'))
        if self.header:
            parts['word/header1.xml'] = part_xml(o, 'hdr', self.header)
            over.append(('/word/header1.xml', f'{CT}.header+xml'))
        if self.footer:
            parts['word/footer1.xml'] = part_xml(o, 'ftr', self.footer)
            over.append(('/word/footer1.xml', f'{CT}.footer+xml'))
        pkg_rels = [('rId1', f'{REL}/officeDocument', 'word/document.xml'),
                    ('rId2', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
                     'docProps/core.xml'),
                    ('rId3', f'{REL}/extended-properties', 'docProps/app.xml')]
        if self.custom:
            parts['docProps/custom.xml'] = self.custom
            over.append(('/docProps/custom.xml', 'application/vnd.openxmlformats-officedocument.custom-properties+xml'))
            pkg_rels.append(('rId4', f'{REL}/custom-properties', 'docProps/custom.xml'))
        parts['docProps/core.xml'] = (
            DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{escape(self.title)}</dc:title><dc:creator>{escape(self.author)}</dc:creator>'
            f'<cp:lastModifiedBy>{escape(self.author)}</cp:lastModifiedBy><cp:revision>7</cp:revision>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{self.created}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{self.modified}</dcterms:modified></cp:coreProperties>')
        parts['docProps/app.xml'] = (
            DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f'<Template>Normal.dotm</Template><TotalTime>96</TotalTime><Pages>6</Pages>'
            f'<Application>{o.app}</Application><DocSecurity>0</DocSecurity><Lines>40</Lines>'
            f'<Paragraphs>11</Paragraphs><ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>'
            f'<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>'
            f'<AppVersion>{o.version}</AppVersion></Properties>')
        types = (DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>' +
                 ''.join(f'<Override PartName="{p}" ContentType="{c}"/>' for p, c in over) + '</Types>')
        rel_doc = lambda rs: (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                              + rs + '</Relationships>')
        members = {'[Content_Types].xml': types,
                   '_rels/.rels': rel_doc(''.join(f'<Relationship Id="{i}" Type="{t}" Target="{f}"/>'
                                                  for i, t, f in pkg_rels)),
                   'word/_rels/document.xml.rels': rel_doc(doc_rels), **parts}
        with zipfile.ZipFile(path, 'w') as z:
            for name, xml in members.items():  # Word dates every member 1980-01-01 00:00
                z.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), xml, zipfile.ZIP_DEFLATED)
