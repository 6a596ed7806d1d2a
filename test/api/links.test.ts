/**
 * Issue 14 — the API keeps its promises to an outside client: every link it returns (Bundle
 * `fullUrl`, deposit `Location`, `subject.reference`, `attachment.url`) can be followed, with the
 * same access decision as the search; one access context (episode, mode, break-glass motive and
 * `patientUnableToConsent`) on every read; `_count` and FHIR `patient=`; clear messages when no
 * episode is sent; history and authors with name and profession apart; contradictory training
 * authors refused.
 */
import { describe, expect, test } from 'vitest';
import { API, useMswDmp } from '../setup/msw';
import { call, expectDocumented, insId, insToken, mesToken, outcomeText, psToken } from './support';

const { current } = useMswDmp();
const CLAIRE = '278044410990195';
const NURSE = '19999000094';
const GP = '19999000011';
const HOSPITAL = '19999000029';
const EPISODE = 'ep-adult-follow-up-2025';

type Entry = {
  fullUrl?: string;
  resource: {
    resourceType: string;
    id: string;
    subject?: { reference: string };
    content?: { attachment: { url: string } }[];
    author?: {
      display: string;
      extension?: { valueCoding: { code: string; display: string } }[];
    }[];
  };
  search: { mode: string };
};
type Bundle = { total: number; entry: Entry[] };

const matches = (body: unknown) =>
  (body as Bundle).entry.filter((e) => e.search.mode === 'match').map((e) => e.resource);

/** A documented call: the response matches the OpenAPI schema of its route and status. */
async function get(path: string, token: string) {
  const res = await call(API, 'GET', path, { token });
  expectDocumented('GET', path, res.status, res.body);
  return res;
}

const search = (token: string, extra = '') =>
  get(
    `/fhir/DocumentReference?patient.identifier=${encodeURIComponent(insToken(CLAIRE))}&episode=${EPISODE}${extra}`,
    token,
  );

describe('every link the API returns can be followed', () => {
  test('fullUrl, subject.reference and attachment.url of a search lead to their resource', async () => {
    const token = await psToken(API, { rpps: NURSE });
    const found = await search(token);
    expect(found.status).toBe(200);
    const entries = (found.body as Bundle).entry.filter((e) => e.search.mode === 'match');
    expect(entries.length).toBeGreaterThan(0);
    for (const { fullUrl, resource } of entries) {
      const path = new URL(fullUrl!).pathname;
      expect(path).toBe(`/fhir/DocumentReference/${resource.id}`);
      const read = await get(`${path}?episode=${EPISODE}`, token);
      expect([read.status, (read.body as { id: string }).id]).toEqual([200, resource.id]);
      expect(read.body).toEqual(resource);

      const subject = await get(`/fhir/${resource.subject!.reference}`, token);
      expect([subject.status, (subject.body as { id: string }).id]).toEqual([200, 'pat-adult']);

      const url = resource.content![0]!.attachment.url;
      expect(url).toBe(`Binary/${resource.id}`);
      const binary = await get(`/fhir/${url}?episode=${EPISODE}`, token);
      expect([binary.status, (binary.body as { id: string }).id]).toEqual([200, resource.id]);
    }
  });

  test('the fullUrl of TD0.2 leads to the Patient; an unknown id is a French 404', async () => {
    const token = await psToken(API, { rpps: GP });
    const found = await get(
      `/fhir/Patient?identifier=${encodeURIComponent(insToken(CLAIRE))}`,
      token,
    );
    const fullUrl = (found.body as Bundle).entry[0]!.fullUrl!;
    const read = await get(new URL(fullUrl).pathname, token);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(matches(found.body)[0]);
    const unknown = await get('/fhir/Patient/pat-nobody', token);
    expect([unknown.status, unknown.code]).toEqual([404, 'DMP.UNKNOWN_PATIENT']);
    expect(outcomeText(unknown.body)).toMatch(/inconnu/);
  });

  test('the Location of a deposit leads to the deposited document', async () => {
    const token = await psToken(API, { rpps: GP });
    const consent = await call(API, 'POST', '/dmp/consents', {
      token,
      body: {
        patient: insId(CLAIRE),
        episode: 'ep-x',
        givenBy: 'patient',
        form: 'oral',
        traced: true,
        protectorInformed: false,
      },
    });
    expect(consent.status).toBe(201);
    const res = await fetch(`${API}/fhir/DocumentReference`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/fhir+json' },
      body: JSON.stringify({
        resourceType: 'DocumentReference',
        status: 'current',
        type: { coding: [{ system: 'http://loinc.org', code: '11488-4' }] },
        subject: { identifier: insId(CLAIRE) },
        description: 'Compte rendu de consultation',
        context: { period: { start: '2025-10-01' } },
        content: [{ attachment: { contentType: 'text/plain', data: 'Q29tcHRlIHJlbmR1' } }],
      }),
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: string };
    const location = res.headers.get('location')!;
    expect(location).toBe(`/fhir/DocumentReference/${created.id}`);
    const read = await get(`${location}?episode=ep-x`, token);
    expect([read.status, (read.body as { id: string }).id]).toEqual([200, created.id]);
  });
});

describe('a read by id takes the same access decision as the search', () => {
  test('without consent: the same refusal as the search, and nothing changes', async () => {
    const token = await psToken(API, { rpps: HOSPITAL });
    const before = current().store.getState();
    const searched = await search(token);
    const read = await get(`/fhir/DocumentReference/doc-adult-vsm?episode=${EPISODE}`, token);
    const binary = await get(`/fhir/Binary/doc-adult-vsm?episode=${EPISODE}`, token);
    expect([searched.status, searched.code]).toEqual([403, 'DMP.CONSENT_REQUIRED']);
    expect([read.status, read.code]).toEqual([403, 'DMP.CONSENT_REQUIRED']);
    expect([binary.status, binary.code]).toEqual([403, 'DMP.CONSENT_REQUIRED']);
    expect(outcomeText(read.body)).toBe(outcomeText(searched.body));
    expect(current().store.getState()).toBe(before);
  });

  test('allowed: the read is traced in the history like the search', async () => {
    const token = await psToken(API, { rpps: NURSE });
    const traces = () => current().store.getState().history.length;
    const before = traces();
    expect((await search(token)).status).toBe(200);
    expect(traces()).toBe(before + 1);
    expect(
      (await get(`/fhir/DocumentReference/doc-adult-vsm?episode=${EPISODE}`, token)).status,
    ).toBe(200);
    expect(traces()).toBe(before + 2);
  });

  test('an unknown document is a French 404 that changes nothing', async () => {
    const token = await psToken(API, { rpps: NURSE });
    const before = current().store.getState();
    for (const path of ['/fhir/DocumentReference/doc-nope', '/fhir/Binary/doc-nope']) {
      const res = await get(`${path}?episode=${EPISODE}`, token);
      expect([res.status, res.code]).toEqual([404, 'DMP.DOCUMENT_NOT_FOUND']);
    }
    expect(current().store.getState()).toBe(before);
  });

  test('a patient that is not the document’s: not found, as before', async () => {
    const token = await psToken(API, { rpps: NURSE });
    const res = await get(
      `/fhir/DocumentReference/doc-minor-consultation?patient.identifier=${encodeURIComponent(insToken(CLAIRE))}&episode=${EPISODE}`,
      token,
    );
    expect([res.status, res.code]).toEqual([404, 'DMP.DOCUMENT_NOT_FOUND']);
  });
});

describe('search parameters FHIR clients send', () => {
  test('patient=Patient/<id> finds what patient.identifier finds', async () => {
    const token = await psToken(API, { rpps: NURSE });
    const byIns = await search(token);
    for (const ref of ['Patient/pat-adult', 'pat-adult']) {
      const byRef = await get(`/fhir/DocumentReference?patient=${ref}&episode=${EPISODE}`, token);
      expect(byRef.status).toBe(200);
      expect(matches(byRef.body)).toEqual(matches(byIns.body));
    }
  });

  test('_count limits the entries; total still counts every match', async () => {
    const token = await psToken(API, { rpps: NURSE });
    const all = (await search(token)).body as Bundle;
    expect(all.total).toBeGreaterThan(1);
    const one = (await search(token, '&_count=1')).body as Bundle;
    expect(one.total).toBe(all.total);
    expect(matches(one)).toEqual(matches(all).slice(0, 1));
    expect(one.entry.filter((e) => e.search.mode === 'outcome')).toHaveLength(1);
    const patient = await get(
      `/fhir/Patient?identifier=${encodeURIComponent(insToken(CLAIRE))}&_count=5`,
      token,
    );
    expect((patient.body as Bundle).total).toBe(1);
  });
});

describe('clear messages', () => {
  test('no episode sent: the refusal says so, not « no consent »', async () => {
    const token = await psToken(API, { rpps: NURSE });
    const path = `/fhir/DocumentReference?patient.identifier=${encodeURIComponent(insToken(CLAIRE))}`;
    const res = await get(path, token);
    expect([res.status, res.code]).toEqual([403, 'DMP.CONSENT_REQUIRED']);
    expect(outcomeText(res.body)).toMatch(/Aucun épisode de soins n'a été transmis/);
    expect(outcomeText(res.body)).not.toMatch(/ne couvre cet épisode/);
    // With an episode that no consent covers, the core's own message stays.
    const other = await get(`${path}&episode=ep-autre`, token);
    expect(outcomeText(other.body)).toMatch(/Aucun consentement ne couvre cet épisode/);
  });
});

describe('the break-glass context is one thing, on every route', () => {
  test('patientUnableToConsent=false refuses break-glass on GET as on POST /dmp/break-glass', async () => {
    const token = await psToken(API, { rpps: HOSPITAL });
    const motive = 'Patient inconscient admis aux urgences';
    const query = `mode=bris-de-glace&motive=${encodeURIComponent(motive)}`;
    const post = await call(API, 'POST', '/dmp/break-glass', {
      token,
      body: { patient: insId(CLAIRE), motive, patientUnableToConsent: false },
    });
    const ins = `patient.identifier=${encodeURIComponent(insToken(CLAIRE))}`;
    const refused = [
      post,
      await get(`/fhir/DocumentReference?${ins}&${query}&patientUnableToConsent=false`, token),
      await get(`/fhir/Binary/doc-adult-vsm?${query}&patientUnableToConsent=false`, token),
      await get(
        `/fhir/DocumentReference/doc-adult-vsm?${query}&patientUnableToConsent=false`,
        token,
      ),
    ];
    for (const res of refused)
      expect([res.status, res.code]).toEqual([403, 'DMP.BREAK_GLASS_NOT_JUSTIFIED']);
    const allowed = await get(
      `/fhir/DocumentReference?${ins}&${query}&patientUnableToConsent=true`,
      token,
    );
    expect([allowed.status, allowed.code]).toEqual([200, 'DMP.BREAK_GLASS_ALLOWED']);
  });
});

describe('names and professions apart', () => {
  test('history actor: name, profession and RPPS in their own fields', async () => {
    const token = await psToken(API, { rpps: NURSE });
    expect((await search(token)).status).toBe(200);
    const mes = await mesToken(API, CLAIRE);
    const history = await call(API, 'GET', '/mes/history', { token: mes });
    expectDocumented('GET', '/mes/history', history.status, history.body);
    const actor = (
      history.body as {
        entries: { actor: { kind: string; name: string; profession?: string; rpps?: string } }[];
      }
    ).entries[0]!.actor;
    const nurse = current()
      .store.getState()
      .professionals.find((p) => p.rpps === NURSE)!;
    expect(actor.kind).toBe('professional');
    expect(actor.rpps).toBe(NURSE);
    expect(actor.name).not.toMatch(/\(/);
    expect(actor.name).toContain(nurse.familyName.toUpperCase());
    expect(actor.profession?.toLowerCase()).toMatch(/infirmi/);
  });

  test('DocumentReference author: the name in display, the profession in an extension', async () => {
    const token = await psToken(API, { rpps: NURSE });
    const docs = matches((await search(token)).body);
    const authors = docs.flatMap((d) => d.author ?? []).filter((a) => a.extension);
    expect(authors.length).toBeGreaterThan(0);
    for (const author of authors) {
      expect(author.display).not.toMatch(/\(/);
      expect(author.extension?.[0]?.valueCoding.display).not.toBe('');
    }
  });
});

describe('POST /training/reset refuses contradictory document authors', () => {
  test('name, RPPS and profession must be those of the professionalId', async () => {
    const { documents, professionals } = current().store.getState();
    const doc = documents.find((d) => d.author.kind === 'professional')!;
    const author = doc.author as { professionalId: string };
    const pro = professionals.find((p) => p.id === author.professionalId)!;
    const before = current().store.getState();
    const res = await call(API, 'POST', '/training/reset', {
      body: {
        documents: [
          {
            ...doc,
            author: {
              kind: 'professional',
              professionalId: pro.id,
              name: 'Dominique SONDEACTEUR',
              rpps: '19999000999',
              profession: pro.profession === '21' ? '10' : '21',
            },
          },
        ],
      },
    });
    expect([res.status, res.code]).toEqual([400, 'API.INVALID_REQUEST']);
    const issues = (res.body as { issue: { expression: string[] }[] }).issue;
    expect(issues.map((i) => i.expression[0])).toEqual([
      'body.documents.0.author.name',
      'body.documents.0.author.rpps',
      'body.documents.0.author.profession',
    ]);
    expect(outcomeText(res.body)).toMatch(/Auteur contradictoire/);
    expect(current().store.getState()).toBe(before);

    const consistent = await call(API, 'POST', '/training/reset', { body: { documents: [doc] } });
    expect(consistent.status).toBe(200);
  });
});
