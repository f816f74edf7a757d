'use strict';
// ClinicalTrials.gov records (API v2 JSON, API v1 full_studies JSON, legacy XML) -> CSL-JSON "report", as
// StudyJson.csl writes a registry record: title, publisher "ClinicalTrials.gov", number = NCT id, URL, and
// issued = the date the record was first posted. Registry records name no authors.
const fs = require('fs');
const { records, text, at } = require('./xmltree');

const MONTHS = { january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12 };

function parseDate(s) {
  if (!s) return null;
  let m = s.match(/^(\d{4})-(\d{2})(?:-(\d{2}))?$/);
  if (m) return { 'date-parts': [[Number(m[1]), Number(m[2])].concat(m[3] ? [Number(m[3])] : [])] };
  m = s.match(/^([A-Za-z]+)\s+(?:(\d{1,2}),\s+)?(\d{4})$/);
  if (m && MONTHS[m[1].toLowerCase()]) {
    return { 'date-parts': [[Number(m[3]), MONTHS[m[1].toLowerCase()]].concat(m[2] ? [Number(m[2])] : [])] };
  }
  return null;
}

function report(nct, title, posted) {
  if (!nct || !title) return null;
  const o = { type: 'report', title, publisher: 'ClinicalTrials.gov', number: nct };
  const issued = parseDate(posted);
  if (issued) o.issued = issued;
  o.URL = `https://clinicaltrials.gov/study/${nct}`;
  return o;
}

function fromJson(file) {
  const root = JSON.parse(fs.readFileSync(file, 'utf8'));
  const study = root.protocolSection ? root : root.FullStudiesResponse?.FullStudies?.[0]?.Study;
  if (!study) return [];
  const p = study.protocolSection || study.ProtocolSection;
  const id = p.identificationModule || p.IdentificationModule;
  const status = p.statusModule || p.StatusModule || {};
  const posted = status.studyFirstPostDateStruct?.date || status.StudyFirstPostDateStruct?.StudyFirstPostDate;
  const r = report(id.nctId || id.NCTId, id.briefTitle || id.BriefTitle, posted);
  return r ? [r] : [];
}

async function fromXml(file) {
  const out = [];
  await records(file, ['clinical_study'], (s) => {
    const posted = text(at(s, 'study_first_posted')) || text(at(s, 'firstreceived_date'));
    const r = report(text(at(s, 'id_info/nct_id')), text(at(s, 'brief_title')), posted);
    if (r) out.push(r);
  });
  return out;
}

module.exports = { fromJson, fromXml };
