/**
 * Every word of the embed builder (builder.html), in Dutch and English. The page's HTML carries the
 * Dutch text (what shows before the script runs) with `data-i18n` keys; the script writes the
 * page's language from here, so both languages are required by the type.
 */
import type { Catalogue } from '../i18n/common.js';
import type { Embeddable } from './embed-config.js';

export interface BuilderMessages {
  /** The document's title. */
  title: string;
  kicker: string;
  heading: string;
  /** Followed by the name of the recipes file (docs/EMBEDDING.md), as code. */
  intro: string;
  pageLanguage: string;
  choices: string;
  elements: string;
  element: Record<Embeddable, string>;
  /** The language of the embedded elements (not of this page). */
  language: string;
  theme: string;
  defaultTheme: string;
  approach: string;
  item: string;
  none: string;
  kind: string;
  kindScript: string;
  kindIframe: string;
  advice: string;
  code: string;
  codeLabel: string;
  copy: string;
  copied: string;
  copyFailed: string;
  preview: string;
  previewFrame: string;
  failed: string;
}

export const builderMessages: Catalogue<BuilderMessages> = {
  nl: {
    title: 'Insluitcode maken — wat-werkt',
    kicker: 'insluitcode',
    heading: 'Het dossier op uw eigen site',
    intro:
      'Kies wat u wilt tonen, bekijk het voorbeeld en kopieer de code. Plak die in uw website, intranet of CMS. Meer per CMS (WordPress, Drupal, SharePoint) staat in',
    pageLanguage: 'Taal / language',
    choices: 'Uw keuzes',
    elements: 'Elementen',
    element: {
      'tree-infographic': 'De boom van het dossier',
      'approach-comparator': 'De benaderingen vergelijken',
      'factor-grid': 'Alle werkzame factoren',
      'factor-card': 'Eén werkzame factor',
      'dossier-overview': 'Het dossier als tekst',
    },
    language: 'Taal van de elementen',
    theme: 'Thema',
    defaultTheme: 'Standaard',
    approach: 'Actieve benadering',
    item: 'Geselecteerd onderdeel',
    none: 'Geen',
    kind: 'Soort code',
    kindScript: 'Scriptregel met elementen',
    kindIframe: 'Iframe',
    advice:
      'Scriptregel: waar u scripts mag plaatsen (eigen of statische site, intranet, WordPress-beheerders). Iframe: waar het CMS scripts weghaalt maar iframes toelaat (SharePoint Online met het webonderdeel Insluiten, een Drupal-tekstformaat dat iframes toestaat). Mag geen van beide (WordPress-redacteuren): plak de scriptregel, dan blijft de tekstversie staan.',
    code: 'De code',
    codeLabel: 'Kopieer deze code naar uw pagina',
    copy: 'Code kopiëren',
    copied: 'Code gekopieerd.',
    copyFailed: 'Kopiëren lukte niet: de code is geselecteerd, kopieer hem met Ctrl+C (Cmd+C).',
    preview: 'Voorbeeld',
    previewFrame: 'Voorbeeld van de ingesloten elementen',
    failed: 'Het dossier kon niet worden geladen; de code kan niet worden gemaakt.',
  },
  en: {
    title: 'Make an embed code — wat-werkt',
    kicker: 'embed code',
    heading: 'The dossier on your own site',
    intro:
      'Choose what to show, look at the preview and copy the code. Paste it into your website, intranet or CMS. More for each CMS (WordPress, Drupal, SharePoint) is in',
    pageLanguage: 'Taal / language',
    choices: 'Your choices',
    elements: 'Elements',
    element: {
      'tree-infographic': "The dossier's tree",
      'approach-comparator': 'Comparing the approaches',
      'factor-grid': 'All effective factors',
      'factor-card': 'One effective factor',
      'dossier-overview': 'The dossier as text',
    },
    language: 'Language of the elements',
    theme: 'Theme',
    defaultTheme: 'Default',
    approach: 'Active approach',
    item: 'Selected item',
    none: 'None',
    kind: 'Kind of code',
    kindScript: 'Script line with elements',
    kindIframe: 'Iframe',
    advice:
      'Script line: where you may add scripts (your own or a static site, an intranet, WordPress administrators). Iframe: where the CMS removes scripts but allows iframes (SharePoint Online with the Embed web part, a Drupal text format that allows iframes). Where neither is allowed (WordPress editors): paste the script line, and its text version stays.',
    code: 'The code',
    codeLabel: 'Copy this code into your page',
    copy: 'Copy code',
    copied: 'Code copied.',
    copyFailed: 'Copying did not work: the code is selected, copy it with Ctrl+C (Cmd+C).',
    preview: 'Preview',
    previewFrame: 'Preview of the embedded elements',
    failed: 'The dossier could not be loaded; no code can be made.',
  },
};
