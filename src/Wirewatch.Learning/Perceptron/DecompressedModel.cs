using System.IO.Compression;

namespace Wirewatch.Learning.Perceptron;

/// <summary>
/// A Brotli-compressed model file decompressed whole into memory before it is read, so that its weight tables are
/// parsed in place (<see cref="SparseWeightsFormat.Read"/>) rather than a value at a time through the decompressor.
/// </summary>
public static class DecompressedModel
{
    public static MemoryStream Read(Stream compressed)
    {
        var guess = compressed.CanSeek ? Math.Clamp(4 * (compressed.Length - compressed.Position), 1 << 16, 1 << 28) : 1 << 20;
        var whole = new MemoryStream((int)guess); // expandable, so its buffer is visible to the readers
        using (var decompressed = new BrotliStream(compressed, CompressionMode.Decompress, leaveOpen: true))
        {
            decompressed.CopyTo(whole, 1 << 16);
        }

        whole.Position = 0;
        return whole;
    }
}
