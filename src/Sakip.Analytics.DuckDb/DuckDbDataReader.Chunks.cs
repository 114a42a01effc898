using Sakip.Analytics.DuckDb.Native;

namespace Sakip.Analytics.DuckDb;

public sealed partial class DuckDbDataReader
{
    public override bool Read()
    {
        ObjectDisposedException.ThrowIf(closed, this);
        if (row + 1 < chunkSize)
        {
            row++;
            return true;
        }

        if (exhausted || !FetchNextChunk())
        {
            return false;
        }

        row = 0;
        return true;
    }

    /// <summary>Moves to the next chunk that has rows; false once the result is used up.</summary>
    private bool FetchNextChunk()
    {
        while (true)
        {
            chunk?.Dispose();
            chunk = null;
            chunkSize = 0;
            row = -1;
            var next = NativeMethods.FetchChunk(result.Value);
            if (next == IntPtr.Zero)
            {
                exhausted = true;
                return false;
            }

            chunk = new DuckDbDataChunkHandle(next);
            chunkSize = (int)NativeMethods.DataChunkSize(chunk);
            if (chunkSize == 0)
            {
                continue;
            }

            for (var i = 0; i < columns.Length; i++)
            {
                columns[i].Attach(NativeMethods.DataChunkVector(chunk, (ulong)i));
            }

            return true;
        }
    }
}
