import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  cleanDayOneText,
  dayOneReflectionId,
  isDayOneExport,
  readDayOne,
  splitLongText,
} from '../../../../shared/data/dayOne';
import { ImportFileError } from '../../../../shared/data/importErrors';
import { uuidV7Schema } from '../../../../shared/domain/fieldSchemas';
import { reflectionDraftSchema } from '../../../../shared/domain/reflectionSchema';

/** A small Day One-shaped journal written for these tests, with the quirks real exports have. */
function sampleJournal(): { metadata: object; entries: object[] } {
  return {
    metadata: { version: '1.0' },
    entries: [
      {
        uuid: 'A1B2C3D4E5F60718293A4B5C6D7E8F90',
        creationDate: '2026-03-14T13:30:00Z',
        modifiedDate: '2026-03-15T08:00:05Z',
        timeZone: 'Europe/Paris',
        starred: true,
        tags: ['Work', 'budget ', 'work', 'Day One'],
        text:
          'Talked to Sam about the Q3 budget\\. It went well\\!\n\n' +
          '![](dayone-moment://PHOTO0001)\n\n' +
          'Next: send the figures \\(by Friday\\) \\- and ask again\\.\n' +
          'See ![](dayone-moment:/video/VIDEO0002) too.',
        photos: [{ identifier: 'PHOTO0001', type: 'jpeg' }, { identifier: 'PHOTO0003' }],
        videos: [{ identifier: 'VIDEO0002' }],
        location: { placeName: 'Office' },
      },
      {
        uuid: 'FFEEDDCCBBAA00998877665544332211',
        creationDate: '2026-03-16T23:15:00Z',
        timeZone: 'Mars/Olympus_Mons',
        starred: false,
        text: 'A quiet day.',
      },
      {
        uuid: '0000000000000000000000000000PHOTO',
        creationDate: '2026-03-17T09:00:00Z',
        modifiedDate: '2026-03-17T09:00:00Z',
        timeZone: 'America/New_York',
        text: '![](dayone-moment://ONLYPHOTO)',
        photos: [{ identifier: 'ONLYPHOTO' }],
      },
    ],
  };
}

function failure(run: () => unknown): ImportFileError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportFileError);
    return error as ImportFileError;
  }
  throw new Error('expected an ImportFileError');
}

describe('Day One text', () => {
  it('undoes Markdown escapes and keeps Markdown itself', () => {
    expect(cleanDayOneText('1\\. **bold** \\#tag \\[x\\] C:\\Users \\\\ end\\.').text).toBe(
      '1. **bold** #tag [x] C:\\Users \\ end.',
    );
  });

  it('takes media links out of the text and lists their identifiers', () => {
    const cleaned = cleanDayOneText(
      'Before\n\n![](dayone-moment://ABC)\n\nafter ![](dayone-moment:/audio/DEF) end',
    );
    expect(cleaned.text).toBe('Before\n\nafter  end');
    expect(cleaned.mediaIdentifiers).toEqual(['ABC', 'DEF']);
  });

  it('splits text over the limit at a paragraph, losing no word', () => {
    const paragraph = 'word '.repeat(1_000).trim();
    const text = Array.from({ length: 9 }, () => paragraph).join('\n\n');
    const parts = splitLongText(text, 20_000);
    expect(parts.length).toBe(3);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(20_000);
    expect(parts.join('\n\n')).toBe(text);
  });
});

describe('Day One ids', () => {
  it('derives the same valid UUIDv7 from the same entry, with the creation time in it', () => {
    const created = Date.parse('2026-03-14T13:30:00Z');
    const id = dayOneReflectionId('A1B2C3D4E5F60718293A4B5C6D7E8F90', created);
    expect(uuidV7Schema('id').safeParse(id).success).toBe(true);
    expect(dayOneReflectionId('a1b2c3d4e5f60718293a4b5c6d7e8f90', created)).toBe(id);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(created);
    expect(dayOneReflectionId('A1B2C3D4E5F60718293A4B5C6D7E8F91', created)).not.toBe(id);
    expect(dayOneReflectionId('A1B2C3D4E5F60718293A4B5C6D7E8F90', created, 1)).not.toBe(id);
    expect(
      uuidV7Schema('id').safeParse(dayOneReflectionId('X', Date.parse('1960-01-01T00:00:00Z'))).success,
    ).toBe(true);
  });
});

describe('readDayOne', () => {
  it('turns each entry into a quick draft reflection with its dates, zone, tags and star', () => {
    const reading = readDayOne([{ name: 'Journal.json', json: sampleJournal() }]);
    const [first, second, photoOnly] = reading.snapshot.reflections;
    expect(reading.snapshot.reflections).toHaveLength(3);
    expect(first).toMatchObject({
      id: dayOneReflectionId('A1B2C3D4E5F60718293A4B5C6D7E8F90', Date.parse('2026-03-14T13:30:00Z')),
      createdAt: '2026-03-14T13:30:00.000Z',
      updatedAt: '2026-03-15T08:00:05.000Z',
      occurredAt: '2026-03-14T14:30',
      timeZone: 'Europe/Paris',
      status: 'draft',
      mode: 'quick',
      asked: '',
      personIds: [],
      starred: true,
      tags: ['Work', 'budget', 'Day One'],
      context:
        'Talked to Sam about the Q3 budget. It went well!\n\nNext: send the figures (by Friday) - and ask again.\nSee  too.',
    });
    expect(reflectionDraftSchema.safeParse(first).success).toBe(true);
    expect(second).toMatchObject({
      timeZone: 'UTC',
      occurredAt: '2026-03-16T23:15',
      starred: false,
      tags: ['Day One'],
    });
    expect(second?.updatedAt).toBe('2026-03-16T23:15:00.000Z');
    expect(photoOnly).toMatchObject({ context: '', occurredAt: '2026-03-17T05:00', tags: ['Day One'] });
    expect(reading.notices).toEqual([
      'Day One entry FFEEDDCCBBAA00998877665544332211: the time zone “Mars/Olympus_Mons” is not known, so its time is shown in UTC.',
    ]);
    expect(reading.snapshot.people).toEqual([]);
  });

  it('lists the attachments it did not import, per entry', () => {
    const reading = readDayOne([{ name: 'Journal.json', json: sampleJournal() }]);
    expect(reading.attachmentsNotImported).toEqual([
      {
        reflectionId: reading.snapshot.reflections[0]?.id,
        dayOneUuid: 'A1B2C3D4E5F60718293A4B5C6D7E8F90',
        count: 3,
        identifiers: ['PHOTO0001', 'VIDEO0002', 'PHOTO0003'],
      },
      {
        reflectionId: reading.snapshot.reflections[2]?.id,
        dayOneUuid: '0000000000000000000000000000PHOTO',
        count: 1,
        identifiers: ['ONLYPHOTO'],
      },
    ]);
  });

  it('reads the same file to the same reflections every time', () => {
    const once = readDayOne([{ name: 'Journal.json', json: sampleJournal() }]);
    const twice = readDayOne([{ name: 'Journal.json', json: sampleJournal() }]);
    expect(twice.snapshot).toEqual(once.snapshot);
  });

  it('splits an entry too long for one reflection into parts instead of cutting it', () => {
    const journal = sampleJournal();
    const long = Array.from({ length: 5 }, (_, i) => `Paragraph ${i} ${'x'.repeat(9_000)}`).join('\n\n');
    journal.entries = [{ uuid: 'LONG', creationDate: '2026-03-14T13:30:00Z', timeZone: 'UTC', text: long }];
    const reading = readDayOne([{ name: 'Journal.json', json: journal }]);
    const contexts = reading.snapshot.reflections.map((reflection) => reflection.context);
    expect(contexts.length).toBe(3);
    expect(contexts.join('\n\n')).toBe(long);
    expect(new Set(reading.snapshot.reflections.map((reflection) => reflection.id)).size).toBe(3);
    expect(reading.notices).toEqual([
      'Day One entry LONG: its text is longer than one reflection holds, so it became 3 reflections.',
    ]);
  });

  it('keeps the first of two entries with the same uuid and says why the other was skipped', () => {
    const journal = sampleJournal();
    const reading = readDayOne([
      { name: 'One.json', json: journal },
      { name: 'Two.json', json: { metadata: {}, entries: [journal.entries[1]] } },
    ]);
    expect(reading.snapshot.reflections).toHaveLength(3);
    expect(reading.skipped).toEqual([
      {
        dayOneUuid: 'FFEEDDCCBBAA00998877665544332211',
        reason: 'the same entry appears earlier in the export',
      },
    ]);
  });

  it('leaves out tags the journal cannot hold and says so', () => {
    const journal = sampleJournal();
    journal.entries = [
      {
        uuid: 'TAGS',
        creationDate: '2026-03-14T13:30:00Z',
        text: 'x',
        tags: ['t'.repeat(51), ...Array.from({ length: 31 }, (_, i) => `tag ${i}`)],
      },
    ];
    const reading = readDayOne([{ name: 'Journal.json', json: journal }]);
    expect(reading.snapshot.reflections[0]?.tags).toHaveLength(30);
    expect(reading.snapshot.reflections[0]?.tags.at(-1)).toBe('Day One');
    expect(reading.notices[0]).toMatch(
      /^Day One entry TAGS: 3 tag\(s\) left out \(too long or too many\): t{51}, tag 29, tag 30\.$/,
    );
  });

  it('refuses an invalid entry, naming the file, the entry and the field', () => {
    const journal = sampleJournal();
    journal.entries[1] = { uuid: 'BROKEN1', text: 'no date', starred: 'yes' };
    expect(failure(() => readDayOne([{ name: 'Journal.json', json: journal }])).message).toBe(
      '“Journal.json” from Day One cannot be imported. Entry 2 (id BROKEN1), field “creationDate”: creationDate is required. It has 1 more problem after that one.',
    );
  });

  it('refuses an entry dated where the journal cannot hold it, naming it', () => {
    const journal = sampleJournal();
    journal.entries = [{ uuid: 'FAR', creationDate: '0000-06-01T00:00:00Z', text: 'x' }];
    expect(failure(() => readDayOne([{ name: 'Journal.json', json: journal }])).message).toMatch(
      /^“Journal\.json” from Day One cannot be imported\. Day One entry FAR: “When did it happen\?” is not a real date \(0000-06-01 does not exist\)\.$/,
    );
  });

  it('recognises Day One files by their entries and metadata', () => {
    expect(isDayOneExport(sampleJournal())).toBe(true);
    expect(isDayOneExport({ entries: [] })).toBe(false);
    expect(isDayOneExport({ format: 'influence-journal', reflections: [] })).toBe(false);
    expect(isDayOneExport([])).toBe(false);
  });
});

const examplePath = fileURLToPath(
  new URL('../../../../../shared/fixtures/dayone/Example.json', import.meta.url),
);
const hasExample = existsSync(examplePath);
if (!hasExample)
  console.log(`Skipping the Day One sample test: ${examplePath} is not present in this clone.`);

describe('the public Day One sample', () => {
  it.skipIf(!hasExample)('imports every entry with its date, zone, tags and star, and no media links', () => {
    const json = JSON.parse(readFileSync(examplePath, 'utf8')) as {
      entries: {
        uuid: string;
        creationDate: string;
        timeZone: string;
        tags?: string[];
        starred: boolean;
        text?: string;
      }[];
    };
    const reading = readDayOne([{ name: 'Example.json', json }]);
    const reflections = reading.snapshot.reflections;
    expect(reflections).toHaveLength(json.entries.length);
    expect(reading.skipped).toEqual([]);
    json.entries.forEach((entry, index) => {
      const reflection = reflections[index];
      expect(reflection?.createdAt).toBe(new Date(entry.creationDate).toISOString());
      expect(reflection?.timeZone).toBe(entry.timeZone);
      expect(reflection?.starred).toBe(entry.starred);
      for (const tag of entry.tags ?? []) expect(reflection?.tags).toContain(tag);
      expect(reflection?.tags).toContain('Day One');
      expect(reflection?.context).not.toMatch(/dayone-moment/);
      // Every escape is undone: the only backslashes left are the escaped backslashes Day One wrote.
      const escapedBackslashes = (entry.text ?? '').match(/\\\\/g)?.length ?? 0;
      expect(reflection?.context.match(/\\/g)?.length ?? 0).toBe(escapedBackslashes);
      expect(reflectionDraftSchema.safeParse(reflection).success).toBe(true);
    });
    expect(reading.attachmentsNotImported.length).toBeGreaterThan(0);
    expect(readDayOne([{ name: 'Example.json', json }]).snapshot).toEqual(reading.snapshot);
  });
});
