using System.Runtime.InteropServices;

namespace Wirewatch.Learning.Perceptron;

/// <summary>
/// Zeroed native memory for a large read-only lookup table, freed with its owner. A table of 2 MB or more is aligned
/// to 2 MB and, on Linux, advised to be backed by huge pages before it is first touched: lookups that land anywhere
/// in a few megabytes then find their address translation cached instead of walking the page tables. Smaller tables
/// are aligned to a cache line.
/// </summary>
internal sealed unsafe partial class TableMemory
{
    private const nuint HugePage = 2 * 1024 * 1024;

    private const nuint CacheLine = 64;

    /// <summary>MADV_HUGEPAGE of Linux's madvise.</summary>
    private const int AdviseHugePage = 14;

    private readonly nuint _size;

    public TableMemory(nuint bytes)
    {
        var alignment = bytes >= HugePage ? HugePage : CacheLine;
        _size = Math.Max(alignment, (bytes + alignment - 1) / alignment * alignment);
        Pointer = NativeMemory.AlignedAlloc(_size, alignment);
        if (alignment == HugePage && OperatingSystem.IsLinux())
        {
            _ = Advise((nint)Pointer, _size, AdviseHugePage); // only advice: without huge pages the table works the same
        }

        NativeMemory.Clear(Pointer, _size);
        GC.AddMemoryPressure((long)_size);
    }

    ~TableMemory()
    {
        NativeMemory.AlignedFree(Pointer);
        GC.RemoveMemoryPressure((long)_size);
    }

    /// <summary>The start of the memory, aligned as the summary says.</summary>
    public void* Pointer { get; }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Advise(nint address, nuint length, int advice);
}
