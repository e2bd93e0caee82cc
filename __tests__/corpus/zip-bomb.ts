import { createDeflateRaw, crc32 } from 'node:zlib'

// A zip bomb made by hand: one deflated entry of zeros, a megabyte on disk per gigabyte inflated. Its central
// directory may tell the truth about the inflated size or lie about it, as an attacker's would.

/** One entry of the bomb. */
export interface BombEntry {
  name: string
  /** Zeros it inflates to. */
  inflatedBytes: number
  /** The size the zip's headers declare; the truth when absent. */
  declaredBytes?: number
}

/** The bytes of a zip holding the entries, each deflated zeros. */
export async function zipBomb(entries: BombEntry[]): Promise<Buffer> {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const { compressed, crc } = await deflatedZeros(entry.inflatedBytes)
    const name = Buffer.from(entry.name, 'utf8')
    const declared = entry.declaredBytes ?? entry.inflatedBytes
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    writeCommon(local, 4, { crc, compressed: compressed.length, declared, nameLength: name.length })
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4) // made by
    writeCommon(central, 6, { crc, compressed: compressed.length, declared, nameLength: name.length })
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, compressed)
    centrals.push(central, name)
    offset += local.length + name.length + compressed.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

/** The fields local and central headers share, from `version needed` to the name's length. */
function writeCommon(
  header: Buffer,
  at: number,
  fields: { crc: number; compressed: number; declared: number; nameLength: number }
): void {
  header.writeUInt16LE(20, at) // version needed
  header.writeUInt16LE(0, at + 2) // flags
  header.writeUInt16LE(8, at + 4) // deflate
  header.writeUInt16LE(0, at + 6) // time
  header.writeUInt16LE(0x21, at + 8) // 1980-01-01
  header.writeUInt32LE(fields.crc, at + 10)
  header.writeUInt32LE(fields.compressed, at + 14)
  header.writeUInt32LE(fields.declared, at + 18)
  header.writeUInt16LE(fields.nameLength, at + 22)
}

/** `bytes` zeros deflated, a megabyte at a time so that the test itself never holds them. */
async function deflatedZeros(bytes: number): Promise<{ compressed: Buffer; crc: number }> {
  const deflate = createDeflateRaw({ level: 9 })
  const out: Buffer[] = []
  deflate.on('data', (chunk: Buffer) => out.push(chunk))
  const finished = new Promise<void>((resolve, reject) => deflate.on('end', resolve).on('error', reject))
  const megabyte = Buffer.alloc(1024 * 1024)
  let crc = 0
  for (let left = bytes; left > 0; left -= megabyte.length) {
    const piece = megabyte.subarray(0, Math.min(left, megabyte.length))
    crc = crc32(piece, crc)
    if (!deflate.write(piece)) await new Promise(resolve => deflate.once('drain', resolve))
  }
  deflate.end()
  await finished
  return { compressed: Buffer.concat(out), crc }
}
