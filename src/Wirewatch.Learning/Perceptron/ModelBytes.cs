using System.Buffers.Binary;
using System.IO.Compression;

namespace Wirewatch.Learning.Perceptron;

/// <summary>
/// A model file read whole into memory before it is parsed, so that its weight tables are parsed in place
/// (<see cref="SparseWeightsFormat.Read"/>). Model files are written uncompressed, beginning with their magic
/// number; files written before were Brotli-compressed whole, and are decompressed here (decoding them took about
/// three quarters of a model's loading time).
/// </summary>
public static class ModelBytes
{
    /// <summary>The file's bytes, decompressed if it does not begin with <paramref name="magic"/>; positioned at the start.</summary>
    public static MemoryStream Read(Stream file, uint magic)
    {
        var raw = new MemoryStream(file.CanSeek ? (int)Math.Clamp(file.Length - file.Position, 0, 1 << 30) : 1 << 20);
        file.CopyTo(raw, 1 << 16);
        if (raw.Length >= sizeof(uint) && BinaryPrimitives.ReadUInt32LittleEndian(raw.GetBuffer()) == magic)
        {
            raw.Position = 0;
            return raw;
        }

        using (raw)
        {
            raw.Position = 0;
            var whole = new MemoryStream((int)Math.Clamp(4 * raw.Length, 1 << 16, 1 << 28)); // expandable, so its buffer is visible to the readers
            using (var decompressed = new BrotliStream(raw, CompressionMode.Decompress, leaveOpen: true))
            {
                decompressed.CopyTo(whole, 1 << 16);
            }

            whole.Position = 0;
            return whole;
        }
    }
}
