using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Tables;

/// <summary>
/// Groups table rows into tables. A table broken by a page (blank lines, a running head such as
/// "LAMPIRAN 1", its header printed again) is joined back; a new header or a caption starts a new table.
/// </summary>
internal static partial class TableSegmenter
{
    private const int MaxGap = 7;
    private const int MaxGapAcrossPages = 14;
    private const int MaxAdjacentGap = 4;
    private const int MaxFragmentLength = 60;

    // A narrow table ("Dokumen | Jumlah") may list "LKjIP 2023 | 1" as a row of its own.
    private const int MinWidthWithPageFoot = 4;

    public static IReadOnlyList<TextTable> Segment(ReportPage page)
    {
        var lines = page.Lines;
        var furniture = PageFurniture.Of(lines);
        var paragraphs = WrappedParagraphs.ByLine(lines);
        var captionsBelow = page.DefaultCaption is null && CaptionsBelow.ArePrinted(lines);
        var tables = new List<TextTable>();
        Draft? current = null;
        var i = 0;
        while (i < lines.Count)
        {
            if (!lines[i].IsRow || IsSourceNote(lines[i]))
            {
                if (current is not null && current.LastIndex == i - 1 && current.Rows.Count > 0 && IsTrailingWrap(lines, i))
                {
                    // "relawan kebakaran" right under the last row, then a blank line: the end of the last row's name.
                    current.Continuations[current.Rows[^1].Number] = Markup.Strip(lines[i].Text).Trim();
                }

                i++;
                continue;
            }

            var start = i;
            while (i < lines.Count && lines[i].IsRow && !IsSourceNote(lines[i]))
            {
                i++;
            }

            var run = lines.Skip(start).Take(i - start).ToList();
            var headerCount = LeadingHeaderCount(run);
            if ((MoneyHeaderInside(run, headerCount) ?? OtherHeaderInside(run, headerCount)) is { } header
                && WithGroupRowsAbove(run, header, headerCount) is var split)
            {
                // The rest of the run, from its own header on, is the next table.
                i = start + split;
                run = run[..split];
            }
            if (current is not null && TryContinue(current, run, headerCount, lines, start, furniture, paragraphs))
            {
                continue;
            }

            if (current is not null)
            {
                tables.Add(Finished(current, lines, captionsBelow, furniture));
            }

            var caption = CaptionFinder.Find(lines, start, paragraphs);
            if (caption is null && current is not null && IsAdjacent(lines, current.LastIndex, start, paragraphs))
            {
                caption = new CaptionFinder.Caption(current.Caption, current.Context, current.CaptionLine ?? lines[start].Number);
            }

            // A sheet's name locates its rows better than a heading inside it.
            current = new Draft(
                page.DefaultCaption ?? caption?.Text ?? $"tabel tanpa nomor (baris {lines[start].Number})",
                LeadIn(lines, start, caption?.Line, paragraphs),
                $"{page.DefaultCaption} {caption?.Context}".Trim(),
                caption?.Line,
                OnceEach(run.Take(headerCount)),
                [.. run.Skip(headerCount)],
                start + run.Count - 1);
        }

        if (current is not null)
        {
            tables.Add(Finished(current, lines, captionsBelow, furniture));
        }

        return [.. tables.Where(t => t.DataRows.Count > 0)];
    }

    // Where the page prints its captions under its tables, the one under the table is its own.
    private static TextTable Finished(Draft draft, IReadOnlyList<ReportLine> lines, bool captionsBelow, PageFurniture furniture)
    {
        if (captionsBelow && CaptionsBelow.Under(lines, draft.LastIndex) is { } under)
        {
            (draft.Caption, draft.Context, draft.CaptionLine) = (under.Text, under.Context, under.Line);
        }

        return draft.Build(furniture, NotesUnder(lines, draft.LastIndex));
    }

    /// <summary>"Keterangan : *) target sesuai Perubahan PK", "*) angka sementara": the lines of notes right under a table.</summary>
    private static string NotesUnder(IReadOnlyList<ReportLine> lines, int lastIndex)
    {
        var notes = lines.Skip(lastIndex + 1).Take(MaxNoteLines)
            .TakeWhile(l => !l.IsBlank && (IsSourceNote(l) || l.Text.TrimStart().StartsWith('*')))
            .Select(l => l.Text.Trim());
        return string.Join('\n', notes);
    }

    private const int MaxNoteLines = 3;

    /// <summary>
    /// "Program | Anggaran | Keterangan" under the indicators of a Perjanjian Kinerja: a header naming money after rows
    /// of a table whose own header names none starts a table of its own. Its place in the run, or null.
    /// </summary>
    private static int? MoneyHeaderInside(List<ReportLine> run, int headerCount)
    {
        if (headerCount == 0 || run.Count <= headerCount + 1 || run.Take(headerCount).Any(NamesMoney))
        {
            return null;
        }

        // "Anggaran" alone under a name is the name's last word wrapped ("Analisis Prognosis Realisasi" over "Anggaran").
        var at = run.FindIndex(headerCount + 1, r => RowShapes.IsHeaderRow(r) && NamesMoney(r) && r.Cells.Count(c => c.Length > 0) > 1);
        return at > headerCount ? at : null;
    }

    /// <summary>
    /// A table printed right under another with no blank line between: after the rows, a header of three cells or more that is
    /// not the table's own printed again starts the next table. Its place in the run, or null.
    /// </summary>
    private static int? OtherHeaderInside(List<ReportLine> run, int headerCount)
    {
        if (headerCount == 0 || run.Count <= headerCount + 1)
        {
            return null;
        }

        var own = run.Take(headerCount).Select(r => NameKey.Of(Markup.Strip(r.Text))).ToHashSet();
        for (var at = headerCount + 1; at < run.Count; at++)
        {
            var row = run[at];
            if (RowShapes.IsHeaderRow(row) && row.Cells.Count(c => c.Length > 0) >= MinCellsOfNextHeader
                && !own.Contains(NameKey.Of(Markup.Strip(row.Text))) && LeadingHeaderCount(run[at..]) > 0
                && !PrintsUnitsAndFigures(row, run[headerCount..at]))
            {
                return at;
            }
        }

        return null;
    }

    // "| desa/kelurahan | Persentase desa ... | % 100" under rows of "Indeks 84,00": a unit printed into its figure's cell, as
    // in the rows above, is a row of figures, not the next table's header.
    private static bool PrintsUnitsAndFigures(ReportLine row, List<ReportLine> above) =>
        Enumerable.Range(0, row.Cells.Count).Any(c => MergedSatuanColumn.IsUnitAndFigure(row.Cells[c])
            && above.Count(r => c < r.Cells.Count && MergedSatuanColumn.IsUnitAndFigure(r.Cells[c])) * 2 > above.Count);

    /// <summary>"TUJUAN OPD | SASARAN OPD | PROGRAM | KEGIATAN" over "Uraian | Indikator | Target | ...": the group row above is that header's.</summary>
    private static int WithGroupRowsAbove(List<ReportLine> run, int header, int headerCount)
    {
        while (header - 1 > headerCount && IsGroupRow(run[header - 1]))
        {
            header--;
        }

        return header;
    }

    private static bool IsGroupRow(ReportLine row)
    {
        var filled = row.Cells.Select(c => Markup.Strip(c).Trim()).Where(c => c.Length > 0).ToList();
        return filled.Count >= MinCellsOfNextHeader && filled.TrueForAll(c => !c.Any(char.IsDigit) && c.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxWrappedWordsAboveData);
    }

    private const int MinCellsOfNextHeader = 3;

    private static bool NamesMoney(ReportLine row) => row.Cells.Any(c => MoneyHeaderWord().IsMatch(NameKey.Of(Markup.Strip(c))));

    [GeneratedRegex(@"^(anggaran|pagu|pagu anggaran|jumlah anggaran|anggaran rp|pagu rp)$")]
    private static partial Regex MoneyHeaderWord();

    /// <summary>The header rows, a row the converter printed twice in a row read once.</summary>
    private static List<ReportLine> OnceEach(IEnumerable<ReportLine> header) =>
        header.Aggregate(new List<ReportLine>(), (rows, row) =>
        {
            if (rows.Count == 0 || !rows[^1].Cells.SequenceEqual(row.Cells))
            {
                rows.Add(row);
            }

            return rows;
        });

    private static int LeadingHeaderCount(List<ReportLine> run)
    {
        // A name's first words over the rest of it and its figures ("| Program Penyelenggaraan Pemerintahan |" over "1 | dan
        // Pelayanan Publik | 35.429.500"), or one cell of words over a row, begin a table without a header; under a header,
        // such a name ends it.
        if (run.Count > 1 && (CentredNames.BeginsRowBelow(run, 0) || CentredNames.IsLoneCellOverRow(run[0], run[1])))
        {
            return 0;
        }

        var count = 0;
        while (count < run.Count && count < 4 && !(count > 0 && (IsRowName(run[count]) || CentredNames.BeginsRowBelow(run, count)))
            && (RowShapes.IsHeaderRow(run[count]) || RowShapes.IsNumberingRow(run[count]) || count > 0 && HeaderContinuation.Is(run[count])
                || count > 0 && IsWrappedHeaderWords(run, count)))
        {
            count++;
        }

        return count;
    }

    /// <summary>
    /// "Kondisi | Target | Target" over "Awal | Kinerja Tahun | Akhir" over "(2020) | 2021 | Renstra (2026)": header words wrapped
    /// onto a line of their own, each under a header cell. Between header rows the line may be long; right above the data,
    /// under the first header row, it is a few short words in two cells or more ("STRATEGIS | SASARAN | AKHIR RENSTRA").
    /// </summary>
    private static bool IsWrappedHeaderWords(List<ReportLine> run, int index)
    {
        var betweenHeaders = index + 1 < run.Count && (RowShapes.IsHeaderRow(run[index + 1]) || RowShapes.IsNumberingRow(run[index + 1]));
        if (!betweenHeaders && index != 1)
        {
            return false;
        }

        var most = betweenHeaders ? MaxWrappedHeaderWords : MaxWrappedWordsAboveData;
        var above = run[index - 1].Cells;
        var cells = run[index].Cells.Select(c => Markup.Strip(c).Trim()).ToList();
        var filled = Enumerable.Range(0, cells.Count).Where(i => cells[i].Length > 0).ToList();
        return filled.Count >= (betweenHeaders ? 1 : 2) && filled.TrueForAll(i =>
            !RowShapes.IsDataNumber(cells[i]) && !RowShapes.IsDottedRowNumber(cells[i]) && cells[i].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= most
            && i < above.Count && Markup.Strip(above[i]).Trim().Length > 0);
    }

    private const int MaxWrappedWordsAboveData = 3;

    private const int MaxWrappedHeaderWords = 8;

    /// <summary>
    /// "Persentase kejadian kebakaran yang tertangani" alone in the first cell under "Uraian | 2021 | 2022", "A | Program
    /// Penunjang Urusan ..." over its kegiatan: the name of the rows below it, perhaps after its letter or number, not a
    /// header word wrapped onto a second line. So is a name breaking off mid-way ("| Program Pemberdayaan Masyarakat Desa
    /// dan | |"), its figures on the line below.
    /// </summary>
    private static bool IsRowName(ReportLine row)
    {
        var cells = row.Cells.Select(c => Markup.Strip(c).Trim()).ToList();
        var filled = cells.Where(c => c.Length > 0).ToList();
        return cells.Count > 1 && filled.Count is 1 or 2 && filled[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3
            && cells.FindLastIndex(c => c.Length > 0) < cells.Count - 1
            && (filled.Count == 1 ? cells[0].Length > 0 || RowShapes.EndsMidName(filled[0]) : IsRowEnumerator(filled[0]) && cells.IndexOf(filled[0]) == 0);
    }

    // "1", "IV", "a." as Names reads them, or a capital letter heading a group ("A").
    private static bool IsRowEnumerator(string cell) => Names.EnumeratorOf(cell) is not null || cell.TrimEnd('.', ')') is [>= 'A' and <= 'Z'];

    /// <param name="paragraphs">The paragraphs of wrapped text by line (<see cref="WrappedParagraphs.ByLine"/>): a sub-heading wrapped over two lines is one.</param>
    private static bool TryContinue(Draft current, List<ReportLine> run, int headerCount, IReadOnlyList<ReportLine> lines, int start, PageFurniture furniture,
        IReadOnlyDictionary<int, ReportLine> paragraphs)
    {
        var gap = lines.Skip(current.LastIndex + 1).Take(start - current.LastIndex - 1).ToList();
        if (headerCount == 1 && run.Count == 1 && current.Rows.Count > 0 && IsLoneNameCell(run[0], current.Width))
        {
            // "| Kinerja SKPD | | |" after a blank line under the rows: the rest of a wrapped name, not a header.
            headerCount = 0;
        }

        // A page's number and running head are lines of their own, never part of a wrapped paragraph.
        var shown = gap.Where(l => !l.IsBlank)
            .Select(l => furniture.Is(Markup.Strip(l.Text)) ? l : paragraphs.GetValueOrDefault(l.Number, l)).Distinct().ToList();
        var printed = shown.Select(l => Markup.Strip(l.Text)).ToList();

        // A page break between two parts of one table: the page's running head and number, then the
        // caption again marked "(lanjutan)". None of it is part of the table.
        var continued = printed.Exists(f => IsContinuationOf(f, current.Caption));
        // A sub-heading right under the header groups the rows below it; after rows (a PK's "Sasaran 1 : ..." above
        // its budget list) it may start another table.
        var underHeader = current.EndsWithHeader;
        // Between rows, a sub-heading over rows of the same width and no header of their own still groups them ("Sasaran:
        // Meningkatnya ..." across a Renstra matrix printed without a number column); it is kept as a row of the table.
        var withinRows = !underHeader && headerCount == 0 && Math.Abs(run.Max(r => r.Cells.Count) - current.Width) <= 1
            && HasMoney(run) == HasMoney(current.Rows);
        var headings = shown.Where(l => (underHeader || withinRows) && IsGroupHeading(Markup.Strip(l.Text))).ToList();
        // A row printed without its tabs, alone between two parts of the table, does not end it.
        var flat = gap.Count == 1 && FlatRows.IsRowWithoutTabs(Markup.Strip(gap[0].Text)) ? gap[0] : null;
        var fragments = printed.Where(f => !IsContinuationOf(f, current.Caption) && !furniture.Is(f) && !((underHeader || withinRows) && IsGroupHeading(f))
            && flat is null).ToList();
        // A page's number and the blank lines around it (a page's foot, then the next page's head) take no room between the parts.
        var frame = Enumerable.Range(current.LastIndex + 1, gap.Count).Count(i => PageFurniture.IsPageBreakAt(lines, i));
        if (fragments.Count > 2 || gap.Count - frame > (continued ? MaxGapAcrossPages : MaxGap))
        {
            return false;
        }

        if (fragments.Exists(f => f.Length > MaxFragmentLength || CaptionFinder.IsNumberedCaption(f)
            || f.StartsWith("Sumber", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        // A blank line between the header and the column numbers ("1 | 2 | 3 | 4") or the first rows under them: the same table.
        var numbersUnderHeader = underHeader && headerCount > 0 && run.Take(headerCount).All(RowShapes.IsNumberingRow);
        // A blank line inside a header of two rows ("Target Tahun" over "2022 | 2023 | ..."), before any row of figures and
        // with nothing printed between but a page's frame (its number, perhaps a running head): the header goes on, however
        // many more columns its second row splits it into.
        var onlyPageFrame = printed.TrueForAll(furniture.Is) || frame == gap.Count;
        var headerGoesOn = current.Rows.Count == 0 && headerCount > 0 && onlyPageFrame && !numbersUnderHeader
            && HeaderKey(run.Take(headerCount)) != HeaderKey(current.Headers);
        var width = run.Max(r => r.Cells.Count);
        if (!headerGoesOn && width > current.Width + 2 || current.Width >= 4 && run.TrueForAll(RowShapes.IsLabelRow))
        {
            return false;
        }

        if (headerGoesOn)
        {
            current.Headers.AddRange(run.Take(headerCount));
        }

        var repeatedSoFar = 0;
        if (!headerGoesOn && headerCount > 0 && !numbersUnderHeader)
        {
            // The header printed again on a new page, perhaps a blank line between its rows: each part in turn.
            var header = HeaderKey(run.Take(headerCount));
            var rest = current.Headers.Skip(current.HeaderRowsRepeated).ToList();
            var firstRowsOnly = run.Count == headerCount && headerCount < rest.Count && header == HeaderKey(rest.Take(headerCount));
            if (header != HeaderKey(rest) && !firstRowsOnly)
            {
                return false;
            }

            repeatedSoFar = firstRowsOnly ? current.HeaderRowsRepeated + headerCount : 0;
        }

        // Text printed tight between two rows, with no blank line ("tertangani" under "Persentase kejadian kebakaran yang"),
        // is the rest of the row above's name, as upper-case words after a page break are.
        var tight = gap.Count > 0 && gap.TrueForAll(l => !l.IsBlank);
        if (fragments.Count > 0 && current.Rows.Count > 0 && (fragments.TrueForAll(IsUpperCase) || tight && fragments.Count == gap.Count))
        {
            current.Continuations[current.Rows[^1].Number] = string.Join(' ', fragments);
        }

        current.Rows.AddRange(headings.Select(h => h with { Cells = [Markup.Strip(h.Text).Trim(), .. Enumerable.Repeat(string.Empty, current.Width - 1)] }));
        if (flat is not null && (current.Rows.LastOrDefault() ?? run.Skip(headerCount).FirstOrDefault()) is { } beside
            && FlatRows.Split(flat, beside) is { } unflattened)
        {
            current.Rows.Add(unflattened);
        }

        current.Rows.AddRange(run.Skip(headerCount));
        current.LastIndex = start + run.Count - 1;
        current.EndsWithHeader = run.Count == headerCount;
        current.HeaderRowsRepeated = repeatedSoFar;
        return true;
    }

    /// <summary>A row as wide as the table with only one cell filled, not the first: words under a name column, no header's.</summary>
    private static bool IsLoneNameCell(ReportLine row, int width) =>
        Math.Abs(row.Cells.Count - width) <= 1 && row.Cells[0].Length == 0 && row.Cells.Count(c => c.Length > 0) == 1;

    /// <summary>
    /// "Sasaran 1: Meningkatnya ...", "SASARAN STRATEGIS 2 : ...": a sub-heading printed across the whole table, which
    /// the conversion leaves without cells. However long, it groups the rows below it and does not end the table.
    /// </summary>
    private static bool IsGroupHeading(string text) => GroupHeading().IsMatch(text) && !text.TrimEnd().EndsWith('.');

    /// <summary>"Tabel 3.14 (lanjutan)" under a table captioned "Tabel 3.14".</summary>
    private static bool IsContinuationOf(string text, string caption) =>
        Continued().IsMatch(text) && CaptionFinder.NumberOf(text) is { } number
        && string.Equals(number, CaptionFinder.NumberOf(caption), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A page's foot or head that the conversion printed as a row inside a table: "| LKjIP Dinas ... Tahun 2023 | | 25".
    /// Its only words are the report's title with its year (or a running head), beside at most a page number.
    /// </summary>
    private static bool IsPageFurnitureRow(ReportLine row, PageFurniture furniture)
    {
        var cells = row.Cells.Select(c => Markup.Strip(c).Trim()).Where(c => c.Length > 0).ToList();
        var words = cells.Where(c => !PageFurniture.IsPageNumber(c)).ToList();
        return words.Count == 1 && cells.Count <= 2
            && (ReportTitleWithYear().IsMatch(words[0]) || furniture.IsRunningHead(words[0]));
    }

    // "Laporan Kinerja ... 2023", "LKjIP Dinas Kesehatan Tahun 2023", "DINAS KESEHATAN KABUPATEN ... - LKjIP 2023".
    [GeneratedRegex(@"^(?=.*\b(laporan kinerja|lkj\s*-?\s*ip|lakip)\b)(?=.*\b(19|20)\d\d\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ReportTitleWithYear();

    // "Sasaran 1: ...", "Tujuan: ...", perhaps after the row's number ("1 Sasaran: ...", "B. Sasaran 2: ...").
    [GeneratedRegex(@"^((\d{1,2}|[a-z]|[ivx]{1,4})[.)]?\s+)?(sasaran|tujuan)(\s+strategis)?\s*((\d{1,2}|[ivx]{1,4})\s*[:.)]?|:)\s", RegexOptions.IgnoreCase)]
    private static partial Regex GroupHeading();

    [GeneratedRegex(@"\blanjutan\b", RegexOptions.IgnoreCase)]
    private static partial Regex Continued();

    /// <summary>
    /// At most one line (or one wrapped paragraph, such as a sub-heading) and a few blank lines between, a run of blank lines
    /// counted once; a note under the table above ("Keterangan: *) angka sementara") is that table's and not counted.
    /// </summary>
    private static bool IsAdjacent(IReadOnlyList<ReportLine> lines, int lastIndex, int start, IReadOnlyDictionary<int, ReportLine> paragraphs)
    {
        // A page's number and running head between the two are not printed between them.
        var between = Enumerable.Range(lastIndex + 1, start - lastIndex - 1).Where(i => !PageFurniture.IsFrameAt(lines, i))
            .Select(i => lines[i]).SkipWhile(IsSourceNote).ToList();
        var shown = between.Where(l => !l.IsBlank).Select(l => paragraphs.GetValueOrDefault(l.Number, l)).Distinct().Count();
        var blankRuns = between.Where((l, i) => l.IsBlank && (i == 0 || !between[i - 1].IsBlank)).Count();
        return shown + blankRuns <= MaxAdjacentGap && shown <= 1;
    }

    /// <summary>Whether rows print rupiah: a "Rp" cell or an amount of a million and more (a PK's budget list under its indicators).</summary>
    private static bool HasMoney(IEnumerable<ReportLine> rows) => rows.Any(r => MoneyCells.Any(r.Cells));

    /// <summary>
    /// "Sumber: Laporan Realisasi Anggaran", "Keterangan: *) angka sementara": a note under a table, as a line of its own or a
    /// row of one cell (a converter's stray tab beside it); it ends the table.
    /// </summary>
    internal static bool IsSourceNote(ReportLine line) =>
        line.Cells.Count(c => c.Length > 0) <= 1 && SourceNote().IsMatch(Markup.Strip(line.Text).Trim());

    [GeneratedRegex(@"^(sumber|keterangan|ket\.?)\s*(data)?\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex SourceNote();

    /// <summary>A short line in lower case right under a table's last row and closed by a blank line or another row.</summary>
    private static bool IsTrailingWrap(IReadOnlyList<ReportLine> lines, int index)
    {
        var text = Markup.Strip(lines[index].Text).Trim();
        var closed = index + 1 >= lines.Count || lines[index + 1].IsBlank || lines[index + 1].IsRow;
        return closed && text.Length is > 0 and <= MaxFragmentLength && char.IsLower(text[0]) && !text.EndsWith('.') && !text.EndsWith(':');
    }

    private static bool IsUpperCase(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        return letters.Count > 0 && letters.TrueForAll(char.IsUpper);
    }

    private static string HeaderKey(IEnumerable<ReportLine> rows) =>
        string.Join('|', OnceEach(rows).Where(r => !RowShapes.IsNumberingRow(r)).Select(r => NameKey.Of(string.Join(' ', r.Cells))));

    /// <summary>The prose line just above the caption (or the table), the whole paragraph when it is wrapped: the sentence that introduces it.</summary>
    private static string? LeadIn(IReadOnlyList<ReportLine> lines, int start, int? captionLine, IReadOnlyDictionary<int, ReportLine> paragraphs)
    {
        var from = start - 1;
        while (from >= 0 && (captionLine is { } c && lines[from].Number >= c || lines[from].IsBlank))
        {
            from--;
        }

        if (from < 0 || lines[from].IsRow)
        {
            return null;
        }

        var text = Markup.Strip(paragraphs.TryGetValue(lines[from].Number, out var paragraph) ? paragraph.Text : lines[from].Text);
        return text.Length > 30 && start - from <= 8 ? text : null;
    }

    private sealed class Draft(string caption, string? leadIn, string context, int? captionLine, List<ReportLine> headers, List<ReportLine> rows, int lastIndex)
    {
        public string Caption { get; set; } = caption;

        public string? LeadIn { get; } = leadIn;

        public string Context { get; set; } = context;

        public int? CaptionLine { get; set; } = captionLine;

        public List<ReportLine> Headers { get; } = headers;

        public List<ReportLine> Rows { get; } = rows;

        public Dictionary<int, string> Continuations { get; } = [];

        public int LastIndex { get; set; } = lastIndex;

        /// <summary>How many of the header's first rows a new page has printed again so far, a blank line before the rest.</summary>
        public int HeaderRowsRepeated { get; set; }

        /// <summary>Whether the last lines taken are header rows (the table's own, or printed again on a new page).</summary>
        public bool EndsWithHeader { get; set; } = rows.Count == 0;

        public int Width => Headers.Concat(Rows).Max(r => r.Cells.Count);

        public TextTable Build(PageFurniture furniture, string notes)
        {
            List<ReportLine> printed = Width < MinWidthWithPageFoot ? Rows : [.. Rows.Where(r => !IsPageFurnitureRow(r, furniture))];
            // A "No" or "Satuan" column the converter printed into the next one is split back before anything else, and an
            // empty cell it printed into the header alone, or into a row alone, taken out.
            var (numberedHeaders, numberedRows) = MergedNumberColumn.Split(Headers, printed);
            var (satuanHeaders, satuanRows) = MergedSatuanColumn.Split(numberedHeaders, numberedRows);
            var splitHeaders = StrayHeaderGap.Drop(satuanHeaders, satuanRows);
            var rows = SplitCells.WithoutGaps(splitHeaders, satuanRows);
            var headers = EmptyColumns.Drop(splitHeaders, rows);
            return new()
            {
                Caption = Caption,
                Context = Context,
                CaptionLine = CaptionLine,
                LeadIn = LeadIn,
                HeaderRows = headers,
                DataRows = CentredNames.Join(MisalignedRows.Align(ShiftedRows.Align(SplitCells.Join(headers, EmptyColumns.Drop(rows, splitHeaders)), headers), headers)),
                Columns = [],
                Continuations = Continuations,
                Notes = notes,
            };
        }
    }
}
