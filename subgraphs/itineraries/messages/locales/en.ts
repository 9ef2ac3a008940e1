/** What a reply to an inquiry says around the staff's own text, in one language (subgraphs/itineraries/messages). */
export interface ReplyCatalogue {
  subject: (packageTitle: string, reference: string) => string;
  greeting: (name: string) => string;
  intro: (packageTitle: string) => string;
  package: string;
  reference: string;
  howToAnswer: string;
  closing: string;
  signature: string;
}

export const messages: ReplyCatalogue = {
  subject: (packageTitle, reference) => `Your inquiry about ${packageTitle} (${reference})`,
  greeting: (name) => `Dear ${name},`,
  intro: (packageTitle) => `Thank you for your inquiry about ${packageTitle}. Our team writes:`,
  package: 'Package',
  reference: 'Inquiry reference',
  howToAnswer:
    'To answer, simply reply to this e-mail; your message reaches our team directly. Please keep the inquiry reference in the subject.',
  closing: 'Kind regards,',
  signature: 'The medical tourism team',
};
