// The policy, shared by the server (reading the cookie) and the browser (the controller).
export const config = {
  revision: 1,
  categories: {
    necessary: { required: true, label: 'Necessary' },
    analytics: { usedForTracking: true, label: 'Analytics' },
    media: {
      label: 'Embedded media',
      services: { video: { label: 'Intro video', thirdParty: true } },
    },
  },
}
