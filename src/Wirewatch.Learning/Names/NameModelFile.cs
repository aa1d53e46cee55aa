using System.Text;
using Wirewatch.Core;
using Wirewatch.Learning.Perceptron;

namespace Wirewatch.Learning.Names;

/// <summary>The name tagger's model file: a header, then the weights, uncompressed (a file written Brotli-compressed whole, as they were before, is read too: <see cref="ModelBytes"/>).</summary>
public static class NameModelFile
{
    private const uint Magic = 0x4E4E5757; // "WWNN"
    private const int Version = 1;

    public static void Save(NameTagger tagger, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        using var writer = new BinaryWriter(file, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(NameLabels.Count);
        SparseWeightsFormat.Write(writer, tagger.Weights);
    }

    public static NameTagger Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new WirewatchException(ErrorCode.MissingData, $"{path}: name tagger model not found");
        }

        try
        {
            using var file = File.OpenRead(path);
            using var whole = ModelBytes.Read(file, Magic);
            using var reader = new BinaryReader(whole, Encoding.UTF8);
            if (reader.ReadUInt32() != Magic || reader.ReadInt32() != Version || reader.ReadInt32() != NameLabels.Count)
            {
                throw new InvalidDataException($"not a Wirewatch name model of version {Version}");
            }

            return new NameTagger(SparseWeightsFormat.Read(reader, NameLabels.Count));
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException)
        {
            throw new WirewatchException(ErrorCode.MissingData, $"{path}: not a readable name model ({e.Message})", e);
        }
    }
}
