import { SAFETY_CARD, safetyContact } from '../content/handouts/safety';
import type { Profile } from '../content/referral/profile';
import { SafetyCard } from './SafetyCard';

interface Props {
  profile: Profile;
  patientFirstName: string;
  date: string;
}

/** The safety card printed on its own, one page, for the fridge or a wallet. */
export function SafetyCardSheet({ profile, patientFirstName, date }: Props) {
  const { clinic, referrer } = profile;
  const name = patientFirstName.trim();
  return (
    <article class="handout card-sheet" aria-labelledby="title-safety-card" data-handout="safety-card">
      <header class="handout-header">
        <div class="who">
          <p class="clinic-name">{clinic.name}</p>
          <p>{[clinic.phone && `Clinic phone ${clinic.phone}`, referrer.phone && `Your clinician ${referrer.phone}`].filter(Boolean).join(' · ')}</p>
          <p>{name && <>For: <span class="patient-name">{name}</span> · </>}Date: {date}</p>
        </div>
      </header>
      <h2 id="title-safety-card" class="handout-title">Back pain: {SAFETY_CARD.title.toLowerCase()}</h2>
      <SafetyCard contact={safetyContact(clinic, referrer)} />
      <p class="card-sources">Sources: {SAFETY_CARD.sources.map((s) => s.label).join('; ')}.</p>
    </article>
  );
}
