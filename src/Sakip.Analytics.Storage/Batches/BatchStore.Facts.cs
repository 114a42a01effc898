using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.DuckDb;

namespace Sakip.Analytics.Storage.Batches;

public sealed partial class BatchStore
{
    /// <summary>Bulk-loads the facts through DuckDB's appender, inside the batch's open transaction.</summary>
    private static void AppendFacts(DuckDbConnection connection, long batchId, TemplateBatch batch, Dictionary<IndicatorKey, long> indicatorIds)
    {
        using (var appender = connection.CreateAppender("indicator_values"))
        {
            foreach (var f in batch.Indicators)
            {
                appender.CreateRow()
                    .Append(batchId).Append(f.Tenant).Append(f.Unit).Append(indicatorIds[IndicatorKey.Of(f)])
                    .Append(f.Year).Append(f.Kind.ToSlug()).Append(f.Value).Append(f.Text).Append(f.Grade)
                    .AppendSource(f.Source, f.Origin)
                    .EndRow();
            }
        }

        using (var appender = connection.CreateAppender("budget_lines"))
        {
            foreach (var f in batch.Budget)
            {
                appender.CreateRow()
                    .Append(batchId).Append(f.Tenant).Append(f.Unit).Append(f.Year)
                    .Append(f.Stage.ToSlug()).Append(f.Level.ToSlug()).Append(f.Code).Append(f.Name)
                    .Append(f.Pagu).Append(f.Realisasi).Append(f.ReportedPercent)
                    .Append(f.RealisasiPegawai).Append(f.RealisasiBarangJasa).Append(f.RealisasiModal)
                    .AppendSource(f.Source, f.Origin)
                    .EndRow();
            }
        }

        using (var appender = connection.CreateAppender("akip_evaluations"))
        {
            foreach (var f in batch.Akip)
            {
                appender.CreateRow()
                    .Append(batchId).Append(f.Tenant).Append(f.Unit).Append(f.Year)
                    .Append(f.Kind.ToSlug()).Append(f.Regulation.ToSlug())
                    .Append(f.Perencanaan).Append(f.Pengukuran).Append(f.Pelaporan).Append(f.EvaluasiInternal)
                    .Append(f.Capaian).Append(f.Total).Append(f.Predikat).Append(f.Evaluator)
                    .AppendSource(f.Source, f.Origin)
                    .EndRow();
            }
        }

        using (var appender = connection.CreateAppender("ikm_surveys"))
        {
            foreach (var f in batch.Ikm)
            {
                var row = appender.CreateRow()
                    .Append(batchId).Append(f.Tenant).Append(f.Unit).Append(f.Year).Append(f.Respondents);
                foreach (var element in Enum.GetValues<IkmElement>())
                {
                    row = row.Append(f.ElementNrr.TryGetValue(element, out var nrr) ? nrr : (decimal?)null);
                }

                row.Append(f.NrrWeightedTotal).Append(f.Ikm).Append(f.Mutu).Append(f.SurveyPeriod)
                    .AppendSource(f.Source, f.Origin)
                    .EndRow();
            }
        }
    }
}
