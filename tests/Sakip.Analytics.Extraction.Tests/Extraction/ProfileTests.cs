using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

public class ProfileTests
{
    private static readonly string[] PlanTable =
        ["Tabel 2.1", "Indikator Kinerja Tahun 2023", "No\tIndikator Kinerja\tTarget\tRealisasi", "1\tIndeks Kepuasan Masyarakat\t80\t79,00"];

    private static readonly string[] ResultsTable =
        ["Tabel 3.1", "Capaian Indikator Kinerja Tahun 2023", "No\tIndikator Kinerja\tTarget\tRealisasi", "1\tIndeks Kepuasan Masyarakat\t82\t82,50"];

    [Theory]
    [InlineData(Seeds.Jember, "Kabupaten Jember", TenantKind.Kabupaten, "Kecamatan Sumbersari", 2021, "2016-2021")]
    [InlineData(Seeds.Dumai, "Kota Dumai", TenantKind.Kota, "Kecamatan Sungai Sembilan", 2022, "2021-2026")]
    [InlineData(Seeds.SeiBalai, "Kabupaten Batu Bara", TenantKind.Kabupaten, "Kecamatan Sei Balai", 2023, "2019-2023")]
    public void The_seed_reports_name_their_pemda_unit_year_and_renstra(string seed, string tenant, TenantKind kind, string unit, int year, string renstra)
    {
        var profile = Seeds.Extract(seed).Document;
        Assert.Equal((tenant, kind, unit, UnitKind.Kecamatan, year, renstra), (profile.Tenant, profile.TenantKind!.Value, profile.Unit, profile.UnitKind, profile.ReportYear, profile.RenstraPeriod));
    }

    [Theory]
    [InlineData("BAB III AKUNTABILITAS KINERJA\t15")]
    [InlineData("BAB III AKUNTABILITAS KINERJA")]
    [InlineData("BAB III AKUNTABILITAS KINERJA ........ 15")]
    public void The_results_chapter_is_its_heading_in_the_body_not_its_entry_in_the_table_of_contents(string contentsEntry)
    {
        var result = Report.Extract(
        [
            "DAFTAR ISI",
            "BAB I PENDAHULUAN",
            "BAB II PERENCANAAN KINERJA",
            contentsEntry,
            "BAB IV PENUTUP",
            string.Empty,
            "BAB II PERENCANAAN KINERJA",
            string.Empty,
            .. PlanTable,
            string.Empty,
            "BAB III AKUNTABILITAS KINERJA",
            string.Empty,
            .. ResultsTable,
        ]);

        Assert.Equal(Report.Line(14), result.Document.ResultsChapterLine);
        Assert.Equal(82.50m, Assert.Single(result.Ikm).Ikm);
    }

    [Theory]
    [InlineData("BAB III AKUNTABILITAS KINERJA")]
    [InlineData("Bab III Akuntabilitas Kinerja")]
    [InlineData("Bab III – Akuntabilitas Kinerja")]
    public void The_results_chapter_heading_may_be_in_mixed_case_and_the_sistematika_listing_it_is_no_heading(string heading)
    {
        var result = Report.Extract(
        [
            "Sistematika penyajian laporan ini adalah sebagai berikut:",
            "Bab I Pendahuluan",
            "Menguraikan latar belakang, tugas dan fungsi serta struktur organisasi.",
            "Bab II Perencanaan Kinerja",
            "Memaparkan Rencana Strategis dan Perjanjian Kinerja.",
            "Bab III Akuntabilitas Kinerja",
            "Menguraikan hasil pengukuran kinerja, evaluasi dan analisis capaian kinerja.",
            string.Empty,
            "serta akuntabilitas keuangan selama tahun anggaran.",
            string.Empty,
            "Bab IV Penutup",
            string.Empty,
            "Bab II Perencanaan Kinerja",
            string.Empty,
            .. PlanTable,
            string.Empty,
            heading,
            string.Empty,
            .. ResultsTable,
        ]);

        Assert.Equal(Report.Line(20), result.Document.ResultsChapterLine);
        Assert.Equal(82.50m, Assert.Single(result.Ikm).Ikm);
    }

    [Fact]
    public void A_heading_in_capitals_is_the_chapters_over_a_sistematika_entry_whose_neighbours_are_far_apart()
    {
        var result = Report.Extract(
        [
            "Sistematika penyajian laporan ini adalah sebagai berikut:",
            "Bab II Perencanaan Kinerja",
            "Memaparkan Rencana Strategis dan Perjanjian Kinerja.",
            string.Empty,
            "serta indikator keberhasilan yang ditetapkan.",
            string.Empty,
            "lalu target kinerja setiap tahun.",
            string.Empty,
            "Bab III Akuntabilitas Kinerja",
            "Menguraikan hasil pengukuran kinerja, evaluasi dan analisis capaian kinerja,",
            string.Empty,
            "hambatan dan kendala serta langkah antisipatif,",
            string.Empty,
            "serta akuntabilitas keuangan selama tahun anggaran.",
            string.Empty,
            string.Empty,
            "Bab IV Penutup",
            string.Empty,
            "BAB II PERENCANAAN KINERJA",
            string.Empty,
            "Rencana Strategis kecamatan ditetapkan dengan Peraturan Bupati.",
            string.Empty,
            "Perjanjian Kinerja tahun 2023 ditandatangani oleh Camat.",
            string.Empty,
            "Target kinerja setiap indikator disajikan dalam Perjanjian Kinerja.",
            string.Empty,
            "BAB III AKUNTABILITAS KINERJA",
            string.Empty,
            .. ResultsTable,
        ]);

        Assert.Equal(Report.Line(27), result.Document.ResultsChapterLine);
    }

    [Fact]
    public void Misspellings_of_the_unit_are_recognised_as_variants()
    {
        var variants = Seeds.Extract(Seeds.Jember).Document.UnitNameVariants;
        Assert.Contains("Kecamatan Sumpalsari", variants);
        Assert.Contains("Kecamatan Summersari", variants);
        Assert.Contains("Kecamatan Sumpersari", variants);
        Assert.Contains("Kecamatan Sumber Sari", variants);
        Assert.Single(Seeds.Extract(Seeds.Jember).Findings, f => f.Kind == Model.FindingKind.NameVariant);
    }

    [Fact]
    public void A_known_unit_list_resolves_the_printed_spelling_to_the_tenants_unit()
    {
        var options = new ExtractionOptions
        {
            KnownUnits = [new KnownUnit("Kecamatan Teluk Indah Raya", UnitKind.Kecamatan, ["Kecamatan Teluk Indah"]), new KnownUnit("Kecamatan Datuk Tanah Datar", UnitKind.Kecamatan)],
        };
        var result = Report.Extract(options,
            "No.\tKecamatan\tIndikator Kinerja\tTarget",
            "1.\tKecamatan Teluk Indah\tIndeks Kepuasan Masyarakat\t85,00",
            "2.\tDatuk Tanah Datr\tIndeks Kepuasan Masyarakat\t83,00");

        Assert.Equal("Kecamatan Teluk Indah Raya", result.Document.Unit);
        Assert.Equal(["Kecamatan Teluk Indah Raya", "Kecamatan Datuk Tanah Datar"], result.Indicators.Select(v => v.Unit));
    }

    [Fact]
    public void A_similar_name_of_another_unit_is_not_a_variant()
    {
        var result = Report.Extract(
            "Kecamatan Teluk Indah berbatasan dengan Kecamatan Teluk Intan dan Kecamatan Telaga Indah.");

        Assert.DoesNotContain(result.Document.UnitNameVariants, v => v.Contains("Intan", StringComparison.Ordinal) || v.Contains("Telaga", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Findings, f => f.Kind == Model.FindingKind.NameVariant);
    }

    [Fact]
    public void Daerah_kabupaten_kota_in_program_names_is_no_pemda()
    {
        var result = Report.Extract(
            "No\tKegiatan\tIndikator Kinerja\tTarget\tRealisasi",
            "1\tPencegahan Kebakaran dalam Daerah Kabupaten/Kota\tJumlah pemeriksaan alat proteksi kebakaran\t120\t135",
            "2\tPemadaman Kebakaran dalam Daerah Kabupaten/Kota\tJumlah armada pemadam yang siap operasi\t12\t12",
            "3\tPenunjang Urusan Pemerintahan Daerah Kab/Kota\tJumlah dokumen perencanaan\t2\t2");

        Assert.Equal(("Kabupaten Contoh Raya", TenantKind.Kabupaten), (result.Document.Tenant, result.Document.TenantKind!.Value));
    }

    [Fact]
    public void A_pemda_named_in_a_table_cell_ends_at_the_cell()
    {
        var result = Report.Extract(
            "No\tDaerah\tIndikator Kinerja\tRealisasi",
            "1\tKabupaten Contoh Raya\tPersentase penanganan kebakaran\t91,30",
            "2\tKota Banjarmasin\tPersentase penanganan kebakaran\t78,50");

        Assert.Equal("Kabupaten Contoh Raya", result.Document.Tenant);
    }

    [Theory]
    [InlineData("SATUAN POLISI PAMONG PRAJA", "Satuan Polisi Pamong Praja", UnitKind.SatpolPp)]
    [InlineData("INSPEKTORAT", "Inspektorat", UnitKind.Inspektorat)]
    public void A_unit_whose_kind_is_its_whole_name_is_read_from_a_cover_line_of_its_own(string cover, string unit, UnitKind kind)
    {
        var text = string.Join('\n',
            "LAPORAN KINERJA INSTANSI PEMERINTAH",
            "(LKjIP) TAHUN 2024",
            string.Empty,
            cover,
            "KABUPATEN TEMANGGUNG",
            string.Empty,
            "PEMERINTAH KABUPATEN TEMANGGUNG",
            string.Empty,
            "Nilai AKIP hasil evaluasi Inspektorat Daerah sebesar 71,06. Evaluasi AKIP dilaksanakan oleh Inspektorat Daerah Kabupaten Temanggung.");

        var profile = new ReportExtractor().ExtractText("satpol.txt", text).Document;

        Assert.Equal((unit, kind), (profile.Unit, profile.UnitKind));
    }
}
