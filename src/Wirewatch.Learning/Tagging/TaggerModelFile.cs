using System.Text;
using Wirewatch.Core;
using Wirewatch.Learning.Hashing;
using Wirewatch.Learning.Perceptron;

namespace Wirewatch.Learning.Tagging;

/// <summary>
/// The binary model file of a <see cref="PerceptronTagger"/>, uncompressed (a file written Brotli-compressed whole,
/// as they were before, is read too: <see cref="ModelBytes"/>): a header ("WWPT", version),
/// the tag names, the lexicon (key, value pairs) and the sparse weights (key, then class and 16-bit weight pairs);
/// then whether there is a second pass and, if so, its weights and (from version 3) the first-pass margin below
/// which it retags a token; then (from version 4) whether there is a caseless tagger and, if so, its lexicon, weights
/// and second pass laid out as the main tagger's; (from version 5) after each tagger's second pass, whether it tags
/// easy-first and, if so, the margin from which a token is tagged from its words alone.
/// </summary>
public static class TaggerModelFile
{
    private const uint Magic = 0x54505757; // "WWPT"
    private const int Version = 5;
    private const int OldestVersion = 2;

    public static void Save(PerceptronTagger tagger, string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        using var file = File.Create(path);
        Save(tagger, file);
    }

    public static void Save(PerceptronTagger tagger, Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(tagger.TagNames.Count);
        foreach (var name in tagger.TagNames)
        {
            writer.Write(name);
        }

        WriteTagger(writer, tagger);
        writer.Write(tagger.Caseless is not null);
        if (tagger.Caseless is not null)
        {
            WriteTagger(writer, tagger.Caseless);
        }
    }

    private static void WriteTagger(BinaryWriter writer, PerceptronTagger tagger)
    {
        var lexicon = tagger.Lexicon.Table.Entries().OrderBy(e => e.Key).ToList();
        writer.Write(lexicon.Count);
        foreach (var (key, value) in lexicon)
        {
            writer.Write(key);
            writer.Write(value);
        }

        SparseWeightsFormat.Write(writer, tagger.Weights);
        writer.Write(tagger.SecondPass is not null);
        if (tagger.SecondPass is not null)
        {
            SparseWeightsFormat.Write(writer, tagger.SecondPass);
            writer.Write(tagger.SecondPassMargin);
        }

        writer.Write(tagger.EasyFirst);
        if (tagger.EasyFirst)
        {
            writer.Write(tagger.EasyFirstMargin);
        }
    }

    public static PerceptronTagger Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new WirewatchException(ErrorCode.MissingData, $"{path}: tagger model not found");
        }

        using var file = File.OpenRead(path);
        try
        {
            return Load(file);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException)
        {
            throw new WirewatchException(ErrorCode.MissingData, $"{path}: not a readable tagger model ({e.Message})", e);
        }
    }

    public static PerceptronTagger Load(Stream stream)
    {
        using var whole = ModelBytes.Read(stream, Magic);
        using var reader = new BinaryReader(whole, Encoding.UTF8, leaveOpen: true);
        var version = reader.ReadUInt32() == Magic ? reader.ReadInt32() : -1;
        if (version is < OldestVersion or > Version)
        {
            throw new InvalidDataException($"not a Wirewatch tagger model of version {OldestVersion} to {Version}");
        }

        var names = new string[reader.ReadInt32()];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = reader.ReadString();
        }

        var tagger = ReadTagger(reader, names, version);
        if (version < 4 || !reader.ReadBoolean())
        {
            return tagger;
        }

        // The caseless tagger is read when first needed: most text has capitals, and loading stays quick.
        var bytes = whole.GetBuffer().AsSpan((int)whole.Position, (int)(whole.Length - whole.Position)).ToArray();
        return tagger.WithLazyCaseless(() =>
        {
            using var caseless = new BinaryReader(new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: true), Encoding.UTF8);
            try
            {
                return ReadTagger(caseless, names, version);
            }
            catch (EndOfStreamException e)
            {
                throw new InvalidDataException($"not a readable caseless tagger ({e.Message})", e);
            }
        });
    }

    private static PerceptronTagger ReadTagger(BinaryReader reader, string[] names, int version)
    {
        var lexicon = new KeyValuePair<uint, int>[reader.ReadInt32()];
        for (var i = 0; i < lexicon.Length; i++)
        {
            lexicon[i] = new(reader.ReadUInt32(), reader.ReadInt32());
        }

        var first = SparseWeightsFormat.Read(reader, names.Length);
        var second = reader.ReadBoolean() ? SparseWeightsFormat.Read(reader, names.Length) : null;
        var margin = second is not null && version >= 3 ? reader.ReadSingle() : float.PositiveInfinity;
        var easyFirst = version >= 5 && reader.ReadBoolean();
        var easyFirstMargin = easyFirst ? reader.ReadSingle() : float.PositiveInfinity;
        return new PerceptronTagger(names, new TagLexicon(new KeyTable(lexicon)), first, second, margin, easyFirst: easyFirst, easyFirstMargin: easyFirstMargin);
    }
}
