module.exports = {
	urls: {
		api: {
			claims: {
				search: 'http://localhost:1264/api/underwriting/search',
				upload: 'http://localhost:1264/api/underwriting/upload'
			},
			underwriting: {
				search: 'http://localhost:1264/api/underwriting/search',
				upload: 'http://localhost:1264/api/underwriting/upload'
			}
		},
		webpolicy: 'http://webpolicy.globaldev.local?PolicyId=',
	}
};