using System.CommandLine;
using Sakip.Analytics.Extraction.Output;
using Sakip.Analytics.Extraction.Scoring;

namespace Sakip.Analytics.Cli.Commands;

internal static class ScoreCommand
{
    public static Command Create()
    {
        var extracted = new Argument<string>("EXTRACTED") { Description = "JSON yang ditulis 'extract'." };
        var gold = new Argument<string>("GOLD") { Description = "File gold buatan tangan (gold/SCHEMA.md)." };
        var misses = new Option<bool>("--misses") { Description = "Cetak juga setiap fakta yang terlewat atau berlebih." };
        var command = new Command("score", "Bandingkan hasil ekstraksi dengan file gold: presisi dan recall per bagian, temuan per jenis.")
        {
            extracted, gold, misses,
        };
        command.SetAction(parse =>
        {
            var report = ExtractionScorer.Score(ExtractionJson.Read(parse.GetRequiredValue(extracted)), ExtractionJson.Read(parse.GetRequiredValue(gold)));
            ScorePrinter.Print(report, Console.Out, parse.GetValue(misses));
            return 0;
        });
        return command;
    }
}
